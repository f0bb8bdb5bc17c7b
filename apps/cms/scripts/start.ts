/**
 * Production start: apply committed migrations, then serve the built CMS. Requires DATABASE_URL
 * and PAYLOAD_SECRET; never seeds and never changes the schema any other way.
 */
import './lib/keepEventLoopAlive'

import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startJobRunners } from './startJobRunners'

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
if (!process.env.DATABASE_URL) {
  console.error('DATABASE_URL must be set to start the CMS in production.')
  process.exit(1)
}

const { prepareDatabase } = await import('./prepare-database')
await prepareDatabase({ seed: false })

const next = spawn('next', ['start', '--port', process.env.PORT ?? '3000'], {
  cwd: appDir,
  stdio: 'inherit',
  env: process.env,
})
next.on('exit', (code) => process.exit(code ?? 1))
startJobRunners(process.env.PORT ?? '3000')
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))
