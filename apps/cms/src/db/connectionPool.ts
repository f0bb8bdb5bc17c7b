import type { Payload } from 'payload'

import { env } from '../env'

/**
 * The PostgreSQL pool's settings, for surviving a database restart or a network blip.
 *
 * - `connectionTimeoutMillis`: a connection attempt that hangs (PostgreSQL starting up, packets
 *   dropped) fails after DATABASE_CONNECT_TIMEOUT_SECONDS instead of holding the request forever;
 *   the request answers 500 and the next one tries a new connection.
 * - `idleTimeoutMillis`: idle connections are closed after 10 s, so few stale ones are left to
 *   find out about a restart the hard way.
 * - `keepAlive`: TCP keep-alive notices a peer that vanished without closing the connection.
 */
export function poolOptions(connectionString: string) {
  return {
    connectionString,
    connectionTimeoutMillis: env.databaseConnectTimeoutSeconds * 1000,
    idleTimeoutMillis: 10_000,
    keepAlive: true,
  }
}

type PgError = Error & { code?: string }
type PgClient = { on(event: 'error', listener: (error: PgError) => void): unknown }
type Pool = {
  on(event: 'error', listener: (error: PgError) => void): unknown
  on(event: 'connect', listener: (client: PgClient) => void): unknown
  _clients?: PgClient[]
}

/**
 * When PostgreSQL goes away (restart, fail-over, `pg_terminate_backend`) node-postgres emits
 * 'error' on every connection it loses: on the pool for idle ones, and on the client itself for
 * one checked out but between two queries (a transaction waiting for its next statement). With no
 * listener either is an uncaught exception: a bare "Connection terminated unexpectedly" in the log
 * and a process at the mercy of whoever handles it. Here each becomes one clear log line; the pool
 * drops the dead connection and opens a new one on the next query, so the CMS serves again as soon
 * as PostgreSQL is back (benchmarks/src/faults measures it).
 */
export function logLostDatabaseConnections(payload: Payload): void {
  const db = payload.db as unknown as { pool?: Pool; drizzle?: { $replicas?: { $client?: Pool }[] } }
  // An idle connection's error reaches both its own listener and the pool's: log it once.
  const logged = new WeakSet<PgError>()
  const watch = (pool: Pool | undefined, which: string) => {
    if (!pool) return
    const log = (error: PgError) => {
      if (logged.has(error)) return
      logged.add(error)
      payload.logger.error(
        `Lost a PostgreSQL connection (${which}): ${error.message}${error.code ? ` [${error.code}]` : ''}. ` +
          'Requests fail until PostgreSQL answers again; new connections are opened on the next request.',
      )
    }
    pool.on('error', log)
    pool.on('connect', (client) => client.on('error', log))
    // Connections opened before Payload finished starting (its own, the migrations'): pg-pool keeps
    // them in `_clients` (not public API; if it ever goes, only those few miss their listener).
    pool._clients?.forEach((client) => client.on('error', log))
  }
  watch(db.pool, 'primary')
  db.drizzle?.$replicas?.forEach((replica, index) => watch(replica.$client, `read replica ${index + 1}`))
}
