import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

import { startProcess, waitForHttp } from '@clinic/test-harness'

const WEB_DIR = path.resolve(import.meta.dirname, '../..')
const BUILT_SERVER = path.join(WEB_DIR, 'dist/server/prod.js')
const SOURCES = ['app', 'server', 'public', 'index.html', 'vite.config.ts', 'package.json']

function newestChange(target: string): number {
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newestChange(path.join(target, name))))
}

/** Builds the site unless the build is newer than every source (turbo has usually just built it). */
export function buildWebIfStale(): void {
  const builtAt = existsSync(BUILT_SERVER) ? statSync(BUILT_SERVER).mtimeMs : 0
  const changedAt = Math.max(...SOURCES.map((source) => newestChange(path.join(WEB_DIR, source))))
  if (changedAt < builtAt) return
  // NODE_ENV is "test" under Vitest; a build made in that mode would ship React's development JSX.
  execFileSync('pnpm', ['run', 'build'], {
    cwd: WEB_DIR,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

/** A port nothing listens on now, for a server we start next. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export interface WebServer {
  url: string
  stop(): Promise<void>
}

/**
 * The site's production server (`node dist/server/prod.js`, as `pnpm --filter @clinic/web start`)
 * on `port`, reading the CMS at `cmsUrl` (the server and the browser use the same address here).
 */
export async function startWebServer({ port, cmsUrl }: { port: number; cmsUrl: string }): Promise<WebServer> {
  buildWebIfStale()
  const url = `http://127.0.0.1:${port}`
  const server = startProcess('node', [BUILT_SERVER], {
    cwd: WEB_DIR,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), CMS_URL: cmsUrl, VITE_CMS_URL: cmsUrl, SITE_URL: url },
  })
  try {
    await waitForHttp(`${url}/robots.txt`, { timeoutMs: 30_000, describe: server.output })
  } catch (error) {
    await server.stop()
    throw error
  }
  return { url, stop: server.stop }
}
