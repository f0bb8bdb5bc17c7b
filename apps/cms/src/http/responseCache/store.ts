import type { PostgresAdapter } from '@payloadcms/db-postgres'

type Pool = PostgresAdapter['pool']

export interface CachedResponse {
  etag: string
  contentType: string
  /** Null when the client already holds `etag` (the body is not read from the database then). */
  body: string | null
}

export interface Lookup {
  /** The generation the caller must store a freshly computed response under. */
  generation: number
  entry: CachedResponse | undefined
}

/**
 * Bounds on what anyone can make the cache hold. Big documents are rare and cheap enough to
 * recompute; keeping them would let a few requests fill the table. The total is enforced by the
 * sweep (every SWEEP_EVERY_STORES stores), dropping the oldest entries first, so the table exceeds
 * it by at most that many entries between sweeps. Listed in the README's Limits table.
 */
export const MAX_CACHED_BODY_CHARS = 512 * 1024
export const MAX_CACHE_TOTAL_BYTES = 64 * 1024 * 1024

/** One round trip: the current generation, and the entry for `key` if it belongs to it. */
export async function lookUp(pool: Pool, key: string, knownEtags: string[]): Promise<Lookup> {
  // Named, so each connection parses and plans it once: this query runs on every anonymous read.
  const { rows } = await pool.query<{ generation: string; etag: string | null; content_type: string | null; body: string | null }>({
    name: 'response-cache-lookup',
    text: `with state as (select coalesce((select generation from response_cache_state where id = 1), 0) as generation)
     select state.generation, c.etag, c.content_type,
            case when c.etag = any($2::text[]) then null else c.body end as body
     from state
     left join response_cache c on c.key = $1 and c.generation = state.generation and c.expires_at > now()`,
    values: [key, knownEtags],
  })
  const row = rows[0]!
  const entry = row.etag === null ? undefined : { etag: row.etag, contentType: row.content_type!, body: row.body }
  return { generation: Number(row.generation), entry }
}

/**
 * Stores a response computed under `generation`. A slower writer from an older generation never
 * replaces a newer entry, and an entry from before a bump is never served (lookUp matches the
 * generation), so a response read during a publish cannot outlive it.
 */
export async function store(
  pool: Pool,
  key: string,
  generation: number,
  response: { etag: string; contentType: string; body: string },
  ttlSeconds: number,
): Promise<void> {
  if (response.body.length > MAX_CACHED_BODY_CHARS) return
  await pool.query(
    `insert into response_cache (key, generation, etag, content_type, body, expires_at)
     values ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))
     on conflict (key) do update set generation = excluded.generation, etag = excluded.etag,
       content_type = excluded.content_type, body = excluded.body, expires_at = excluded.expires_at
     where response_cache.generation <= excluded.generation`,
    [key, generation, response.etag, response.contentType, response.body, ttlSeconds],
  )
}

/**
 * Drops entries no lookup can match any more (older generations, expired), then the oldest entries
 * beyond `maxTotalBytes` of stored bodies (`pg_column_size`: the size on disk, without reading
 * TOASTed bodies back).
 */
export async function sweep(pool: Pool, generation: number, maxTotalBytes = MAX_CACHE_TOTAL_BYTES): Promise<void> {
  await pool.query('delete from response_cache where generation < $1 or expires_at <= now()', [generation])
  await pool.query(
    `delete from response_cache where key in (
       select key from (
         select key, sum(pg_column_size(body)) over (order by expires_at desc, key) as kept from response_cache
       ) newest_first where kept > $1)`,
    [maxTotalBytes],
  )
}
