import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { type PostgresServer, startEmbeddedPostgres } from './embedded'

/**
 * A server a test run may create its own databases on. With DATABASE_URL the tests only ever create
 * and drop databases they name themselves; without it, a throwaway embedded cluster in a temp dir.
 */
export async function startTestServer(): Promise<PostgresServer> {
  const external = process.env.DATABASE_URL
  if (external) return { serverUrl: external, stop: async () => {} }

  const dataDir = await mkdtemp(join(tmpdir(), 'clinic-test-pg-'))
  return startEmbeddedPostgres({ dataDir, persistent: false })
}
