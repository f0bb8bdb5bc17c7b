import { createDatabase, databaseExists, databaseUrl } from './databases'
import { startEmbeddedPostgres } from './embedded'

export interface DevDatabase {
  url: string
  /** True when we started PostgreSQL ourselves because DATABASE_URL was not set. */
  embedded: boolean
  stop(): Promise<void>
}

/**
 * DATABASE_URL when set; otherwise a real PostgreSQL embedded in the repo, its data kept in
 * `dataDir` between runs so `pnpm dev` picks up where it left off.
 */
export async function startDevDatabase(options: { dataDir: string; databaseName: string }): Promise<DevDatabase> {
  const external = process.env.DATABASE_URL
  if (external) return { url: external, embedded: false, stop: async () => {} }

  const server = await startEmbeddedPostgres({ dataDir: options.dataDir, persistent: true })
  if (!(await databaseExists(server.serverUrl, options.databaseName))) {
    await createDatabase(server.serverUrl, options.databaseName)
  }
  return {
    url: databaseUrl(server.serverUrl, options.databaseName),
    embedded: true,
    stop: server.stop,
  }
}
