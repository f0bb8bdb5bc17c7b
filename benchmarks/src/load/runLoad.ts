import { fork } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { NODE_FLAGS } from '@clinic/node-scripts'

import type { LoadFigures, LoadJob } from './stats'

// The bundled worker (`pnpm build:scripts`, which every bench script runs first).
const WORKER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/src/load/worker.mjs')
// autocannon stops itself after the job's duration; this much more means the worker is stuck.
const DEADLINE_MARGIN_MS = 60_000

/** One autocannon run from a second process on loopback. */
export function runLoad(job: LoadJob): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], { execArgv: NODE_FLAGS, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    let answered = false
    const deadlineMs = job.durationSeconds * 1000 + DEADLINE_MARGIN_MS
    const deadline = setTimeout(() => {
      answered = true
      child.kill('SIGKILL')
      reject(new Error(`The load worker did not report within ${deadlineMs / 1000} s and was killed.`))
    }, deadlineMs)
    child.once('message', (message: LoadFigures | { error: string }) => {
      clearTimeout(deadline)
      answered = true
      if ('error' in message) reject(new Error(`autocannon failed: ${message.error}`))
      else resolve(message)
    })
    child.once('exit', (code) => {
      clearTimeout(deadline)
      if (!answered) reject(new Error(`The load worker exited with code ${code} before reporting.`))
    })
    child.send(job)
  })
}
