/**
 * `pnpm dev` for the CMS: a database (DATABASE_URL, or an embedded PostgreSQL kept in .data/),
 * its migrations, demo content on first run, then Next's dev server on :3000.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startDevDatabase } from '@clinic/dev-postgres'

import { withClientAddressPreload } from './lib/clientAddressPreload'
import { deadlineSeconds, exitAfter } from './lib/deadline'
import { startJobRunners } from './startJobRunners'

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = process.env.PORT ?? '3000'

const database = await startDevDatabase({
  dataDir: path.join(appDir, '.data', 'postgres'),
  databaseName: 'clinic',
})
process.env.DATABASE_URL = database.url
console.log(
  database.embedded ? `[cms] embedded PostgreSQL at ${database.url} (data in apps/cms/.data/postgres)` : '[cms] using DATABASE_URL',
)

const { prepareDatabase } = await import('./prepare-database')
const preparing = exitAfter(deadlineSeconds('PREPARE_TIMEOUT_SECONDS', 300), 'Preparing the database')
await prepareDatabase({ seed: true })
preparing()

const next = spawn(path.join(appDir, 'node_modules/.bin/next'), ['dev', '--port', port], {
  cwd: appDir,
  stdio: 'inherit',
  env: withClientAddressPreload({ NEXT_TELEMETRY_DISABLED: '1', ...process.env }, appDir),
})
const stop = async (code: number) => {
  await database.stop()
  process.exit(code)
}
next.on('exit', (code) => void stop(code ?? 0))
startJobRunners(port)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => next.kill(signal))
}
