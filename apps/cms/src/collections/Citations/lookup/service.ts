import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import {
  createCitationLookup,
  type LookupError,
  recognizeIdentifier,
  type CitationLookup,
  type LookupConfig,
  type LookupResult,
} from '@clinic/citations/lookup'

import { env } from '../../../env'

export type SuccessfulLookup = Extract<LookupResult, { ok: true }> & {
  /** Answered from the PostgreSQL cache, with no request to NCBI or Crossref. */
  cached: boolean
  fetchedAt: string
}

export type CitationLookupOutcome = SuccessfulLookup | { ok: false; error: LookupError } | { ok: false; disabled: string }

/**
 * One client per process and configuration: it holds the rate limiters, so every lookup this
 * instance makes (editors and the weekly check alike) stays within NCBI's and Crossref's limits.
 */
let client: { config: LookupConfig; lookup: CitationLookup } | undefined
function lookupClient(config: LookupConfig): CitationLookup {
  if (client?.config !== config) client = { config, lookup: createCitationLookup(config) }
  return client.lookup
}

/** The identifier as the cache knows it, or undefined when the text is none. */
export function cacheKeyOf(text: string): string | undefined {
  const identifier = recognizeIdentifier(text)
  return identifier.ok ? `${identifier.kind}:${identifier.value}` : undefined
}

function poolOf(payload: Payload): PostgresAdapter['pool'] {
  return (payload.db as unknown as PostgresAdapter).pool
}

/** A fresh cached lookup by its key ("pmid:…", "doi:…"), or undefined; never asks a service. */
export async function cachedLookup(payload: Payload, key: string): Promise<SuccessfulLookup | undefined> {
  const { rows } = await poolOf(payload).query<{ result: Extract<LookupResult, { ok: true }>; fetched_at: Date }>(
    'select result, fetched_at from citation_lookup_cache where key = $1 and expires_at > now()',
    [key],
  )
  const row = rows[0]
  return row ? { ...row.result, ok: true, cached: true, fetchedAt: new Date(row.fetched_at).toISOString() } : undefined
}

/**
 * Looks a PMID, DOI or PMCID (or a link to one) up: from the cache while an entry is fresh, else
 * from the source of record through the package's client (its own deadlines and rate limits), then
 * stores a success. Failures are never cached — the next attempt asks again. `fresh` skips reading
 * the cache (the weekly retraction check must see today's record) but still refreshes it.
 * Never throws for a service's failure: that is `{ ok: false, error }` with the editor's message.
 */
export async function lookupCitation(
  payload: Payload,
  text: string,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<CitationLookupOutcome> {
  const settings = env.citationLookup
  if (!settings.enabled) return { ok: false, disabled: settings.reason }
  const key = cacheKeyOf(text)
  const pool = poolOf(payload)
  if (key !== undefined && !fresh) {
    const cached = await cachedLookup(payload, key)
    if (cached) return cached
  }
  const result = await lookupClient(settings.config).lookup(text)
  if (!result.ok) return result
  const fetchedAt = new Date().toISOString()
  if (key !== undefined) {
    await pool.query(
      `insert into citation_lookup_cache (key, result, fetched_at, expires_at)
       values ($1, $2::jsonb, $3, $3::timestamptz + make_interval(secs => $4))
       on conflict (key) do update set result = excluded.result, fetched_at = excluded.fetched_at, expires_at = excluded.expires_at`,
      [key, JSON.stringify(result), fetchedAt, env.citationLookupCacheSeconds],
    )
    // Expired entries are useless; dropping them on a write keeps the table to what is in use.
    await pool.query('delete from citation_lookup_cache where expires_at <= now()')
  }
  return { ...result, cached: false, fetchedAt }
}
