import { getPayload } from 'payload'

import { closePayload } from '../src/utilities/closePayload'

/** Applies pending migrations and, when asked and the database is empty, seeds demo content. */
export async function prepareDatabase(options: { seed: boolean }): Promise<void> {
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  try {
    await payload.db.migrate()
    if (options.seed) {
      const { seedDemoContent } = await import('../src/seed')
      await seedDemoContent(payload)
    }
  } finally {
    await closePayload(payload)
  }
}
