import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { findFreePort } from '@clinic/dev-postgres'
import { NODE_FLAGS } from '@clinic/node-scripts'
import { startProcess, waitForHttp } from '@clinic/test-harness'

const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface FloorServer {
  url: string
  stop(): Promise<void>
}

/** The floor server in a child process of its own, on a free loopback port. */
export async function startFloor(databaseUrl: string): Promise<FloorServer> {
  const port = await findFreePort()
  const child = startProcess('node', [...NODE_FLAGS, 'dist/src/floor/server.mjs'], {
    cwd: BENCH_DIR,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
  })
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(`${url}/articles`, { timeoutMs: 30_000, describe: child.output })
  } catch (error) {
    await child.stop()
    throw error
  }
  return { url, stop: () => child.stop() }
}
