/**
 * Runs a command (e.g. `payload migrate:create`) against the dev database, starting the embedded
 * PostgreSQL first when DATABASE_URL is not set.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startDevDatabase } from '@clinic/dev-postgres'

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: tsx scripts/with-dev-db.ts <command> [args…]')
  process.exit(2)
}

const database = await startDevDatabase({
  dataDir: path.join(appDir, '.data', 'postgres'),
  databaseName: 'clinic',
})
const child = spawn(command, args, {
  cwd: appDir,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: database.url },
})
child.on('exit', async (code) => {
  await database.stop()
  process.exit(code ?? 1)
})
