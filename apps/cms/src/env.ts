/**
 * Every setting the CMS reads from the environment, in one place. Dev defaults keep `pnpm dev`
 * zero-config; production refuses to start without the secrets.
 */
import { lookupConfigFromEnv, type LookupConfig } from '@clinic/citations/lookup'

import { readReplicaUrlsFromEnv, s3MediaStorageFromEnv } from './scaleOut/config'
import { commaList } from './utilities/commaList'

const isProduction = process.env.NODE_ENV === 'production'
// `next build` evaluates the config with NODE_ENV=production but serves nothing; secrets are
// checked when the built CMS starts.
const isBuilding = process.env.NEXT_PHASE === 'phase-production-build'

function required(name: string, devDefault: string): string {
  const value = process.env[name]
  if (value) return value
  if (isProduction && !isBuilding) throw new Error(`${name} must be set in production`)
  return devDefault
}

function positiveInteger(name: string, fallback: number): number {
  const value = process.env[name]
  if (value === undefined || value === '') return fallback
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new Error(`${name} must be a whole number of seconds above 0, not "${value}"`)
  return Number(value)
}

function onOff(name: string, fallback: boolean): boolean {
  const value = process.env[name]
  if (value === undefined || value === '') return fallback
  if (value === 'on') return true
  if (value === 'off') return false
  throw new Error(`${name} must be "on" or "off", not "${value}"`)
}

/**
 * The citation lookup's settings (NCBI_EUTILS_URL, NCBI_IDCONV_URL, CROSSREF_URL, NCBI_TOOL,
 * NCBI_EMAIL, NCBI_API_KEY, CITATION_LOOKUP_TIMEOUT_MS), read by the citations package. A malformed
 * value stops the start, naming the variable. NCBI_EMAIL has no sensible default (NCBI wants a real
 * address to write to); without it the lookup is off — the endpoint answers 503 naming the variable
 * and the weekly retraction check logs that it skipped — rather than refusing to start, so `pnpm dev`,
 * Docker and the built-CMS tests keep working with no NCBI account and editors can still type.
 */
export type CitationLookupSettings = { enabled: true; config: LookupConfig } | { enabled: false; reason: string }

export function citationLookupFromEnv(environment: Readonly<Record<string, string | undefined>>): CitationLookupSettings {
  const result = lookupConfigFromEnv(environment)
  if (result.ok) return { enabled: true, config: result.config }
  const emailMissing = !environment.NCBI_EMAIL?.trim()
  const otherErrors = result.errors.filter((error) => !(emailMissing && error.startsWith('NCBI_EMAIL')))
  if (otherErrors.length > 0) throw new Error(`Citation lookup settings: ${otherErrors.join(' ')}`)
  return {
    enabled: false,
    reason: 'Looking citations up is not configured on this server (NCBI_EMAIL is not set). You can fill in the fields by hand.',
  }
}

export const env = {
  isProduction,
  payloadSecret: required('PAYLOAD_SECRET', 'dev-only-secret-not-for-production'),
  databaseUrl: process.env.DATABASE_URL ?? '',
  /** Where the CMS itself is reachable; used for absolute media URLs and the admin. */
  serverUrl: process.env.CMS_PUBLIC_URL ?? 'http://localhost:3000',
  /** The visitors' site, allowed to call the API from the browser. */
  webOrigin: process.env.WEB_ORIGIN ?? 'http://localhost:5173',
  /** The public site's address, for links in feeds, sitemaps and e-mails (its origin is also allowed by CORS). */
  siteUrl: (process.env.SITE_URL ?? process.env.WEB_ORIGIN ?? 'http://localhost:5173').replace(/\/$/, ''),
  /** Extra origins (marketing tools, partner sites) allowed to call the API from a browser. */
  extraCorsOrigins: commaList(process.env.CORS_ORIGINS),
  /** DATABASE_READ_REPLICA_URLS: read replicas for the PostgreSQL adapter (undefined: none). */
  readReplicaUrls: readReplicaUrlsFromEnv(process.env),
  /** S3_BUCKET and friends: media on S3-compatible storage (null: local disk, MEDIA_DIR). */
  s3Media: s3MediaStorageFromEnv(process.env),
  logLevel: process.env.LOG_LEVEL ?? 'info',
  /** How long opening a PostgreSQL connection may take before the request fails (db/connectionPool.ts). */
  databaseConnectTimeoutSeconds: positiveInteger('DATABASE_CONNECT_TIMEOUT_SECONDS', 5),
  /** How long a sign-in lasts: the session token's and the session cookie's lifetime (SESSION_LIFETIME_SECONDS, default 8 h). */
  sessionLifetimeSeconds: positiveInteger('SESSION_LIFETIME_SECONDS', 8 * 60 * 60),
  /**
   * The session cookie is only ever sent over https (SESSION_COOKIE_SECURE). On in production and
   * whenever the CMS is public over https; off in development so http://localhost works.
   */
  secureCookies: onOff('SESSION_COOKIE_SECURE', isProduction || (process.env.CMS_PUBLIC_URL ?? '').startsWith('https://')),
  /** Anonymous published REST reads answered from PostgreSQL until content changes (src/http/responseCache). */
  responseCache: {
    enabled: onOff('RESPONSE_CACHE', true),
    /** Invalidation is exact; the lifetime only bounds how long unused entries take up space. */
    ttlSeconds: positiveInteger('RESPONSE_CACHE_TTL_SECONDS', 600),
  },
  /** Looking citations up by PMID, DOI or PMCID (collections/Citations/lookup). */
  citationLookup: citationLookupFromEnv(process.env),
  /** How long a successful lookup is reused from PostgreSQL instead of asking NCBI/Crossref again (CITATION_LOOKUP_CACHE_SECONDS, 7 days). */
  citationLookupCacheSeconds: positiveInteger('CITATION_LOOKUP_CACHE_SECONDS', 7 * 24 * 60 * 60),
}
