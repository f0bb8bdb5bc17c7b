import { getPayload } from 'payload'

import { bundledMigrations } from '../src/db/bundledMigrations'
import { closePayload } from '../src/utilities/closePayload'

/**
 * Applies pending migrations and, when asked and the database is empty, seeds demo content.
 * The migrations are the ones bundled with this script: Payload would otherwise import each
 * migration's TypeScript file from disk at run time.
 */
export async function prepareDatabase(options: { seed: boolean }): Promise<void> {
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  try {
    await payload.db.migrate({ migrations: bundledMigrations })
    if (options.seed) {
      const { seedDemoContent } = await import('../src/seed')
      await seedDemoContent(payload)
    }
  } finally {
    await closePayload(payload)
  }
}
