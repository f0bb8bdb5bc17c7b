import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '../../utilities/drizzleFor'

/**
 * Makes every cached response stale on every instance at once. Runs in the save's transaction, so
 * the bump commits with the change it announces: a reader that computed a response from the old
 * rows stored it under the old generation, which no lookup matches after the commit.
 */
export async function bumpResponseCacheGeneration(req: PayloadRequest): Promise<void> {
  const drizzle = await drizzleFor(req)
  await drizzle.execute(sql`
    insert into "response_cache_state" ("id", "generation") values (1, 1)
    on conflict ("id") do update set "generation" = "response_cache_state"."generation" + 1`)
}
