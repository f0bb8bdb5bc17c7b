/**
 * Production start: apply committed migrations, then serve the built CMS. Requires DATABASE_URL
 * and PAYLOAD_SECRET; never seeds and never changes the schema any other way.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withClientAddressPreload } from './lib/clientAddressPreload'
import { deadlineSeconds, exitAfter } from './lib/deadline'
import { startJobRunners } from './startJobRunners'

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
if (!process.env.DATABASE_URL) {
  console.error('DATABASE_URL must be set to start the CMS in production.')
  process.exit(1)
}

const { prepareDatabase } = await import('./prepare-database')
const preparing = exitAfter(deadlineSeconds('PREPARE_TIMEOUT_SECONDS', 300), 'Applying the migrations')
await prepareDatabase({ seed: false })
preparing()

const next = spawn(path.join(appDir, 'node_modules/.bin/next'), ['start', '--port', process.env.PORT ?? '3000'], {
  cwd: appDir,
  stdio: 'inherit',
  env: withClientAddressPreload(process.env, appDir),
})
next.on('exit', (code) => process.exit(code ?? 1))
startJobRunners(process.env.PORT ?? '3000')
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))
