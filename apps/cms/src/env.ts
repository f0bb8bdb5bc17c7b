/**
 * Every setting the CMS reads from the environment, in one place. Dev defaults keep `pnpm dev`
 * zero-config; production refuses to start without the secrets.
 */
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
}
