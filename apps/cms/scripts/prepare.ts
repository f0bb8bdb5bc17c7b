/** `tsx scripts/prepare.ts [--seed]`: migrate DATABASE_URL's database, and seed it when empty. */
import './lib/keepEventLoopAlive'

import { prepareDatabase } from './prepare-database'

await prepareDatabase({ seed: process.argv.includes('--seed') })
process.exit(0)
