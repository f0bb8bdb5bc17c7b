import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { NODE_FLAGS } from '@clinic/node-scripts'

import { runCommand, startProcess } from './process'
import { waitForHttp } from './waitForHttp'

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../apps/web')
const BUILT_SERVER = path.join(WEB_DIR, 'dist/server/prod.js')
const SOURCES = ['app', 'server', 'public', 'index.html', 'vite.config.ts', 'package.json']
// Test runs and benchmarks may want a build at the same moment; one builds, the others then find it fresh.
const BUILD_LOCK = '/tmp/web-build.lock'

function newestChange(target: string): number {
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newestChange(path.join(target, name))))
}

function isStale(): boolean {
  const builtAt = existsSync(BUILT_SERVER) ? statSync(BUILT_SERVER).mtimeMs : 0
  const changedAt = Math.max(...SOURCES.map((source) => newestChange(path.join(WEB_DIR, source))))
  return changedAt >= builtAt
}

/** Builds the site unless the build is newer than every source (turbo has usually just built it). */
export async function buildWebIfStale(): Promise<void> {
  if (!isStale()) return
  // NODE_ENV is "test" under Vitest; a build made in that mode would ship React's development JSX.
  // The build takes ~20 s alone; waiting on the lock for another build can double that.
  await runCommand('flock', [BUILD_LOCK, 'pnpm', 'run', 'build'], {
    cwd: WEB_DIR,
    env: { ...process.env, NODE_ENV: 'production' },
    timeoutMs: 5 * 60_000,
  })
}

export interface WebServer {
  url: string
  stop(): Promise<void>
}

export interface WebServerOptions {
  port: number
  /** The CMS, for the site's server and for browsers alike (both use the same address here). */
  cmsUrl: string
  env?: Record<string, string>
}

/**
 * The site's production server (`node dist/server/prod.js`, as `pnpm --filter @clinic/web start`)
 * on `port`, reading the CMS at `cmsUrl`; built first when its sources have changed since the build.
 */
export async function startWebServer({ port, cmsUrl, env }: WebServerOptions): Promise<WebServer> {
  await buildWebIfStale()
  const url = `http://127.0.0.1:${port}`
  // The server imports Lexical, which can deadlock Node 20's module loader without these flags.
  const server = startProcess('node', [...NODE_FLAGS, BUILT_SERVER], {
    cwd: WEB_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      CMS_URL: cmsUrl,
      VITE_CMS_URL: cmsUrl,
      SITE_URL: url,
      ...env,
    },
  })
  try {
    await waitForHttp(`${url}/robots.txt`, { timeoutMs: 30_000, describe: server.output })
  } catch (error) {
    await server.stop()
    throw error
  }
  return { url, stop: server.stop }
}
