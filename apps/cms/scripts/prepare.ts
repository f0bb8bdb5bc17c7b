/**
 * `node dist/scripts/prepare.mjs [--seed]`: migrate DATABASE_URL's database, and seed it when empty.
 * PREPARE_TIMEOUT_SECONDS (default 300) bounds the whole run.
 */
import { deadlineSeconds, exitAfter } from './lib/deadline'
import { prepareDatabase } from './prepare-database'

exitAfter(deadlineSeconds('PREPARE_TIMEOUT_SECONDS', 300), 'Preparing the database')
await prepareDatabase({ seed: process.argv.includes('--seed') })
process.exit(0)
