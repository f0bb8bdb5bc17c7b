import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type pg from 'pg'

import { createDatabase, databaseUrl, dropDatabase, startEmbeddedPostgres } from '@clinic/dev-postgres'

const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../.data/pg')

export interface BenchPostgres {
  /** A fresh, empty database for one scale (dropped first if an earlier run left it). */
  freshDatabase(name: string): Promise<string>
  /** The URL of a database this run filled earlier. */
  urlOf(name: string): string
  stop(): Promise<void>
}

/**
 * DATABASE_URL's server when given (only databases named `clinic_bench_*` are created or dropped),
 * otherwise an embedded PostgreSQL kept in benchmarks/.data/pg so its binaries and cluster are
 * reused between runs.
 */
export async function startBenchPostgres(): Promise<BenchPostgres> {
  const external = process.env.DATABASE_URL
  const server = external
    ? { serverUrl: external, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: DATA_DIR, persistent: true })
  return {
    async freshDatabase(name) {
      await dropDatabase(server.serverUrl, name)
      await createDatabase(server.serverUrl, name)
      return databaseUrl(server.serverUrl, name)
    },
    urlOf: (name) => databaseUrl(server.serverUrl, name),
    stop: () => server.stop(),
  }
}

export const benchDatabaseName = (scale: number) => `clinic_bench_${scale}`

/**
 * A database the generator finished is marked with a comment naming the generator version and
 * scale, so `--reuse` never picks up a half-filled one.
 */
export const generatedMark = (scale: number) => `clinic-bench generator v1, ${scale} articles`

export async function isGenerated(db: pg.ClientBase, name: string, scale: number): Promise<boolean> {
  const { rows } = await db.query<{ mark: string | null }>(
    `select shobj_description(oid, 'pg_database') as mark from pg_database where datname = $1`,
    [name],
  )
  return rows[0]?.mark === generatedMark(scale)
}

export async function markGenerated(db: pg.ClientBase, name: string, scale: number): Promise<void> {
  await db.query(`comment on database "${name}" is '${generatedMark(scale)}'`)
}
