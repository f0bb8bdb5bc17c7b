import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createDatabase, databaseUrl, dropDatabase, findFreePort, startTestServer } from '@clinic/dev-postgres'
import { NODE_FLAGS } from '@clinic/node-scripts'

import { runCommand, startProcess } from './process'
import { waitForHttp } from './waitForHttp'

const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../apps/cms')
const PREPARE_SCRIPT = path.join(CMS_DIR, 'dist/scripts/prepare.mjs')
const CLIENT_ADDRESS_PRELOAD = path.join(CMS_DIR, 'dist/scripts/client-address.bundle.mjs')
// Migrating and seeding a fresh database takes seconds; a minute and a half means it is stuck.
const PREPARE_DEADLINE_MS = 90_000

export interface CmsServer {
  /** e.g. http://127.0.0.1:41234 — the admin is at `${url}/admin`, REST at `${url}/api`. */
  url: string
  databaseUrl: string
  /** Signs sessions; a second instance on the same database needs the same one (pass it as `payloadSecret`). */
  payloadSecret: string
  /** The seeded admin (only meaningful with `seed: true` on the instance that created the database). */
  admin: { email: string; password: string }
  /** What the server has printed so far (the last 20,000 characters), for failure messages. */
  output(): string
  /** Stops the server; the instance that created the database also drops it and stops PostgreSQL. */
  stop(): Promise<void>
}

export interface CmsServerOptions {
  /** Fill the fresh database with the demo content (`pnpm dev`'s seed). */
  seed?: boolean
  env?: Record<string, string>
  /**
   * Attach to this existing, already migrated database (another instance's `databaseUrl`) instead
   * of creating one: nothing is migrated or seeded, and `stop()` leaves the database alone. Start
   * the first instance before this one and stop it after.
   */
  databaseUrl?: string
  /** Required with `databaseUrl`: the other instance's `payloadSecret`, so sessions and keys work on both. */
  payloadSecret?: string
}

/**
 * The built CMS (`next start`, as in production) on a fresh database of its own, migrated with the
 * committed migrations — or, with `databaseUrl`, one more instance on another instance's database,
 * on a port of its own (several stateless instances on one PostgreSQL, as behind a load balancer).
 * Build it first: `pnpm --filter @clinic/cms build` (turbo does this for `test`).
 */
export async function startCmsServer(options: CmsServerOptions = {}): Promise<CmsServer> {
  if (!existsSync(path.join(CMS_DIR, '.next', 'BUILD_ID')) || !existsSync(PREPARE_SCRIPT) || !existsSync(CLIENT_ADDRESS_PRELOAD)) {
    throw new Error('The CMS is not built: run `pnpm --filter @clinic/cms build` first.')
  }
  if (options.databaseUrl !== undefined) return attachCmsServer(options.databaseUrl, options)
  if (options.payloadSecret !== undefined) {
    throw new Error('startCmsServer: `payloadSecret` is only for attaching to an existing database (with `databaseUrl`).')
  }

  const server = await startTestServer()
  const name = `clinic_e2e_${randomBytes(6).toString('hex')}`
  await createDatabase(server.serverUrl, name)

  const port = await findFreePort()
  const url = `http://127.0.0.1:${port}`
  const admin = { email: 'e2e-admin@example.test', password: `pw-${randomBytes(8).toString('hex')}` }
  const env = await instanceEnv(url, options.env, {
    DATABASE_URL: databaseUrl(server.serverUrl, name),
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    SEED_ADMIN_EMAIL: admin.email,
    SEED_ADMIN_PASSWORD: admin.password,
  })
  const cleanUp = async () => {
    await dropDatabase(server.serverUrl, name)
    await server.stop()
  }

  try {
    await prepareDatabase(env, options.seed, async () => {
      await dropDatabase(server.serverUrl, name)
      await createDatabase(server.serverUrl, name)
    })
  } catch (error) {
    await cleanUp()
    throw error
  }
  return serveCms({ port, url, env, admin, cleanUp })
}

/** What every instance runs with: its own address and media folder; the caller's `env` wins. */
async function instanceEnv(
  url: string,
  overrides: Record<string, string> | undefined,
  instance: Record<string, string>,
): Promise<NodeJS.ProcessEnv> {
  return {
    ...process.env,
    ...instance,
    CMS_PUBLIC_URL: url,
    MEDIA_DIR: await mkdtemp(path.join(tmpdir(), 'clinic-e2e-media-')),
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'warn',
    ...overrides,
  }
}

/** One more instance on an existing database: no migration, no seed, and the database is left as it was. */
async function attachCmsServer(existingDatabaseUrl: string, options: CmsServerOptions): Promise<CmsServer> {
  if (options.payloadSecret === undefined) {
    throw new Error("startCmsServer: attaching to an existing database (`databaseUrl`) needs that database's `payloadSecret`.")
  }
  if (options.seed) throw new Error('startCmsServer: an attached instance never seeds; seed the first instance instead.')
  const port = await findFreePort()
  const url = `http://127.0.0.1:${port}`
  const env = await instanceEnv(url, options.env, { DATABASE_URL: existingDatabaseUrl, PAYLOAD_SECRET: options.payloadSecret })
  return serveCms({ port, url, env, admin: { email: '', password: '' }, cleanUp: async () => {} })
}

/** `next start`, as in production, until it answers; `cleanUp` runs after it has stopped. */
async function serveCms(server: {
  port: number
  url: string
  env: NodeJS.ProcessEnv
  admin: CmsServer['admin']
  cleanUp: () => Promise<void>
}): Promise<CmsServer> {
  const { port, url, env, admin, cleanUp } = server
  const next = startProcess('pnpm', ['exec', 'next', 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: CMS_DIR,
    // As scripts/start.ts runs it: X-Forwarded-For replaced by the address the connection proves.
    env: {
      ...env,
      NODE_ENV: 'production',
      NODE_OPTIONS: [env.NODE_OPTIONS, `--import=${CLIENT_ADDRESS_PRELOAD}`].filter(Boolean).join(' '),
    },
  })
  const stop = async () => {
    await next.stop()
    await cleanUp()
  }
  try {
    await waitForHttp(`${url}/api/users/me`, { timeoutMs: 60_000, describe: next.output })
  } catch (error) {
    await stop()
    throw error
  }
  return { url, databaseUrl: env.DATABASE_URL!, payloadSecret: env.PAYLOAD_SECRET!, admin, output: next.output, stop }
}

/**
 * Migrates (and seeds) the fresh database in a child process, as `pnpm start` would, with a
 * deadline. It is infrastructure rather than the behaviour under test, so a failure gets one more
 * try on a clean slate; both failures' output is reported.
 */
async function prepareDatabase(env: NodeJS.ProcessEnv, seed: boolean | undefined, reset: () => Promise<void>) {
  const run = () =>
    runCommand('node', [...NODE_FLAGS, PREPARE_SCRIPT, ...(seed ? ['--seed'] : [])], { cwd: CMS_DIR, env, timeoutMs: PREPARE_DEADLINE_MS })
  try {
    await run()
  } catch (first) {
    console.error(`Preparing the CMS database failed (attempt 1): ${(first as Error).message}`)
    await reset()
    try {
      await run()
    } catch (second) {
      throw new Error(`Preparing the CMS database failed (attempt 2): ${(second as Error).message}`, { cause: second })
    }
  }
}
