import { createHmac } from 'node:crypto'

import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

export interface Hit {
  /** Hits in the current window, this one included. */
  count: number
  /** Seconds until the current window ends. */
  retryAfterSeconds: number
}

/**
 * Fixed-window counters in PostgreSQL (`rate_limit_hits`). One statement per hit: insert the key,
 * or, if another request or another CMS instance got there first, increment it — restarting the
 * window when it has run out. `INSERT … ON CONFLICT DO UPDATE` takes the row lock, so concurrent
 * hits from any number of instances are counted exactly. The database's clock decides windows,
 * so instances with skewed clocks agree.
 */
export async function hit(payload: Payload, key: string, windowSeconds: number): Promise<Hit> {
  const db = payload.db as unknown as PostgresAdapter
  const expired = sql`"rate_limit_hits"."window_start" <= now() - make_interval(secs => ${windowSeconds})`
  const result = await db.drizzle.execute<{ count: string | number; retry_after: string | number }>(sql`
    insert into "rate_limit_hits" ("key", "window_start", "count") values (${key}, now(), 1)
    on conflict ("key") do update set
      "count" = case when ${expired} then 1 else "rate_limit_hits"."count" + 1 end,
      "window_start" = case when ${expired} then now() else "rate_limit_hits"."window_start" end
    returning "count",
      ceil(extract(epoch from ("window_start" + make_interval(secs => ${windowSeconds}) - now()))) as retry_after`)
  const row = result.rows[0]
  if (!row) throw new Error(`rate_limit_hits: no row returned for ${key}`)
  return { count: Number(row.count), retryAfterSeconds: Math.max(1, Number(row.retry_after)) }
}

/** Forgets a key, e.g. a duplicate-window claim whose lead could not be stored after all. */
export async function release(payload: Payload, key: string): Promise<void> {
  const db = payload.db as unknown as PostgresAdapter
  await db.drizzle.execute(sql`delete from "rate_limit_hits" where "key" = ${key}`)
}

/** Drops counters whose window ended long ago; the daily retention job calls it. */
export async function pruneCounters(payload: Payload, olderThanSeconds: number): Promise<number> {
  const db = payload.db as unknown as PostgresAdapter
  const result = await db.drizzle.execute(
    sql`delete from "rate_limit_hits" where "window_start" < now() - make_interval(secs => ${olderThanSeconds})`,
  )
  return result.rowCount ?? 0
}

/** A keyed hash, so counter keys and stored client keys never hold an address or e-mail in the clear. */
export function keyedHash(payload: Payload, purpose: string, value: string): string {
  return createHmac('sha256', payload.secret).update(`${purpose}\u0000${value}`).digest('base64url')
}
