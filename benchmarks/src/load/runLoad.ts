import { fork } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { LoadFigures, LoadJob } from './stats'

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts')

/** One autocannon run from a second process on loopback. */
export function runLoad(job: LoadJob): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    let answered = false
    child.once('message', (message: LoadFigures | { error: string }) => {
      answered = true
      if ('error' in message) reject(new Error(`autocannon failed: ${message.error}`))
      else resolve(message)
    })
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`The load worker exited with code ${code} before reporting.`))
    })
    child.send(job)
  })
}
