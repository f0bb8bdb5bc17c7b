/**
 * Every setting the CMS reads from the environment, in one place. Dev defaults keep `pnpm dev`
 * zero-config; production refuses to start without the secrets.
 */
import { lookupConfigFromEnv, type LookupConfig } from '@clinic/citations/lookup'
import { readEnvironment } from '@clinic/env'

import { CMS_ENVIRONMENT } from './envTable'
import { readReplicaUrlsFromEnv, s3MediaStorageFromEnv } from './scaleOut/config'
import { commaList } from './utilities/commaList'

const isProduction = process.env.NODE_ENV === 'production'

const settings = readEnvironment(CMS_ENVIRONMENT, process.env)

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
  payloadSecret: settings.payloadSecret,
  databaseUrl: settings.databaseUrl,
  /** Where the CMS itself is reachable; used for absolute media URLs and the admin. */
  serverUrl: settings.serverUrl,
  /** The visitors' site, allowed to call the API from the browser. */
  webOrigin: settings.webOrigin,
  /** The public site's address, for links in feeds, sitemaps and e-mails (its origin is also allowed by CORS). */
  siteUrl: settings.siteUrl ?? settings.webOrigin,
  /** Extra origins (marketing tools, partner sites) allowed to call the API from a browser. */
  extraCorsOrigins: commaList(settings.corsOrigins),
  /** DATABASE_READ_REPLICA_URLS: read replicas for the PostgreSQL adapter (undefined: none). */
  readReplicaUrls: readReplicaUrlsFromEnv(process.env),
  /** S3_BUCKET and friends: media on S3-compatible storage (null: local disk, MEDIA_DIR). */
  s3Media: s3MediaStorageFromEnv(process.env),
  logLevel: settings.logLevel,
  /** How long opening a PostgreSQL connection may take before the request fails (db/connectionPool.ts). */
  databaseConnectTimeoutSeconds: settings.databaseConnectTimeoutSeconds,
  /** How long a sign-in lasts: the session token's and the session cookie's lifetime. */
  sessionLifetimeSeconds: settings.sessionLifetimeSeconds,
  /** The session cookie is only ever sent over https: on in production and whenever the CMS is public over https. */
  secureCookies: settings.secureCookies,
  /** Anonymous published REST reads answered from PostgreSQL until content changes (src/http/responseCache). */
  responseCache: {
    enabled: settings.responseCacheEnabled,
    /** Invalidation is exact; the lifetime only bounds how long unused entries take up space. */
    ttlSeconds: settings.responseCacheTtlSeconds,
  },
  /** Looking citations up by PMID, DOI or PMCID (collections/Citations/lookup). */
  citationLookup: citationLookupFromEnv(process.env),
  /** How long a successful lookup is reused from PostgreSQL instead of asking NCBI/Crossref again. */
  citationLookupCacheSeconds: settings.citationLookupCacheSeconds,
}
