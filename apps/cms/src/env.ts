/**
 * Every setting the CMS reads from the environment, in one place. Dev defaults keep `pnpm dev`
 * zero-config; production refuses to start without the secrets.
 */
import { lookupConfigFromEnv, type LookupConfig } from '@clinic/citations/lookup'
import { httpUrl, onOff, optionalHttpUrl, readEnvironment, text, variable, wholeNumber } from '@clinic/env'
import { z } from 'zod'

import { readReplicaUrlsFromEnv, s3MediaStorageFromEnv } from './scaleOut/config'
import { commaList } from './utilities/commaList'

const isProduction = process.env.NODE_ENV === 'production'
// `next build` evaluates the config with NODE_ENV=production but serves nothing; secrets are
// checked when the built CMS starts.
const isBuilding = process.env.NEXT_PHASE === 'phase-production-build'

/** Set in production (where a missing value stops the start); `devDefault` on a developer's machine. */
function requiredInProduction(devDefault: string) {
  return z
    .string()
    .optional()
    .transform((raw, context) => {
      if (raw) return raw
      if (isProduction && !isBuilding) {
        context.addIssue({ code: 'custom', message: 'must be set in production' })
        return z.NEVER
      }
      return devDefault
    })
}

const seconds = (fallback: number) => wholeNumber(fallback, 1, undefined, 'must be a whole number of seconds above 0')
/** Read by another module of the CMS (named in the meaning), which parses and checks it there. */
const readElsewhere = text(undefined)

/**
 * Every variable the CMS reads, with its default exactly as the README's configuration table states
 * it (test/content-model/environment.test.ts checks they agree). The ones this module parses build
 * `env` below; a group read by its own module (S3, read replicas, the citation lookup, e-mail, leads,
 * job schedules, scripts' deadlines) is listed here too, with that module named.
 */
export const CMS_ENVIRONMENT = {
  databaseUrl: variable('DATABASE_URL', 'embedded PostgreSQL', 'PostgreSQL connection string', text('')),
  payloadSecret: variable(
    'PAYLOAD_SECRET',
    'a dev-only value; **required** when `NODE_ENV=production`',
    'signs sessions and tokens',
    requiredInProduction('dev-only-secret-not-for-production'),
  ),
  serverUrl: variable('CMS_PUBLIC_URL', '`http://localhost:3000`', 'where the CMS is reachable', httpUrl('http://localhost:3000')),
  webOrigin: variable(
    'WEB_ORIGIN',
    '`http://localhost:5173`',
    'the site’s origin, allowed by CORS and CSRF',
    httpUrl('http://localhost:5173'),
  ),
  siteUrl: variable('SITE_URL', '`WEB_ORIGIN`', 'the public site’s address', optionalHttpUrl()),
  jobsAutorun: variable('JOBS_AUTORUN', '`true`', 'read by jobs/index.ts', readElsewhere),
  scheduledPublishCron: variable('SCHEDULED_PUBLISH_CRON', '`*/30 * * * * *`', 'read by jobs/index.ts', readElsewhere),
  corsOrigins: variable('CORS_ORIGINS', '—', 'more allowed origins, comma-separated', text(undefined)),
  mediaDir: variable('MEDIA_DIR', '`apps/cms/media`', 'read by collections/Media and LegacyImports', readElsewhere),
  readReplicaUrls: variable('DATABASE_READ_REPLICA_URLS', '—', 'read by scaleOut/config.ts', readElsewhere),
  s3Bucket: variable('S3_BUCKET', '— (media on local disk, `MEDIA_DIR`)', 'read by scaleOut/config.ts', readElsewhere),
  s3Region: variable('S3_REGION', '— / AWS / `false`', 'read by scaleOut/config.ts', readElsewhere),
  s3Endpoint: variable('S3_ENDPOINT', '— / AWS / `false`', 'read by scaleOut/config.ts', readElsewhere),
  s3ForcePathStyle: variable('S3_FORCE_PATH_STYLE', '— / AWS / `false`', 'read by scaleOut/config.ts', readElsewhere),
  s3AccessKeyId: variable('S3_ACCESS_KEY_ID', '—', 'read by scaleOut/config.ts', readElsewhere),
  s3SecretAccessKey: variable('S3_SECRET_ACCESS_KEY', '—', 'read by scaleOut/config.ts', readElsewhere),
  smtpHost: variable('SMTP_HOST', '— (mail printed to the console in dev)', 'read by email/', readElsewhere),
  smtpPort: variable('SMTP_PORT', '— (mail printed to the console in dev)', 'read by email/', readElsewhere),
  smtpUser: variable('SMTP_USER', '— (mail printed to the console in dev)', 'read by email/', readElsewhere),
  smtpPass: variable('SMTP_PASS', '— (mail printed to the console in dev)', 'read by email/', readElsewhere),
  emailFrom: variable('EMAIL_FROM', '— (mail printed to the console in dev)', 'read by email/', readElsewhere),
  trustProxy: variable('TRUST_PROXY', '`false`', 'read by collections/Leads/settings.ts', readElsewhere),
  leads: variable('LEADS_*', 'see `apps/cms/src/collections/Leads/README.md`', 'read by collections/Leads/settings.ts', readElsewhere),
  seedAdminEmail: variable('SEED_ADMIN_EMAIL', '`admin@example.com` / generated', 'read by seed/admin.ts', readElsewhere),
  seedAdminPassword: variable('SEED_ADMIN_PASSWORD', '`admin@example.com` / generated', 'read by seed/admin.ts', readElsewhere),
  logLevel: variable('LOG_LEVEL', '`info`', 'Payload’s log level', text('info')),
  sessionLifetimeSeconds: variable('SESSION_LIFETIME_SECONDS', '`28800` (8 h)', 'how long a sign-in lasts', seconds(8 * 60 * 60)),
  secureCookies: variable(
    'SESSION_COOKIE_SECURE',
    '`on` with `NODE_ENV=production` or an `https://` `CMS_PUBLIC_URL`, else `off`',
    'the session cookie over https only',
    onOff(isProduction || (process.env.CMS_PUBLIC_URL ?? '').startsWith('https://')),
  ),
  databaseConnectTimeoutSeconds: variable(
    'DATABASE_CONNECT_TIMEOUT_SECONDS',
    '`5`',
    'how long opening a PostgreSQL connection may take',
    seconds(5),
  ),
  responseCacheEnabled: variable('RESPONSE_CACHE', '`on`', 'the PostgreSQL response cache for anonymous published reads', onOff(true)),
  responseCacheTtlSeconds: variable('RESPONSE_CACHE_TTL_SECONDS', '`600`', 'how long an unused cache entry is kept', seconds(600)),
  ncbiEmail: variable(
    'NCBI_EMAIL',
    '— (citation lookup off: the endpoint answers `503` and the weekly retraction check is skipped)',
    'read by @clinic/citations (lookupConfigFromEnv)',
    readElsewhere,
  ),
  ncbiTool: variable('NCBI_TOOL', '`clinic-cms`', 'read by @clinic/citations', readElsewhere),
  ncbiApiKey: variable('NCBI_API_KEY', '—', 'read by @clinic/citations', readElsewhere),
  ncbiEutilsUrl: variable('NCBI_EUTILS_URL', "NCBI's and Crossref's public addresses", 'read by @clinic/citations', readElsewhere),
  ncbiIdconvUrl: variable('NCBI_IDCONV_URL', "NCBI's and Crossref's public addresses", 'read by @clinic/citations', readElsewhere),
  crossrefUrl: variable('CROSSREF_URL', "NCBI's and Crossref's public addresses", 'read by @clinic/citations', readElsewhere),
  citationLookupTimeoutMs: variable('CITATION_LOOKUP_TIMEOUT_MS', '`8000`', 'read by @clinic/citations', readElsewhere),
  citationLookupCacheSeconds: variable(
    'CITATION_LOOKUP_CACHE_SECONDS',
    '`604800` (7 days)',
    'how long a successful lookup is reused',
    seconds(7 * 24 * 60 * 60),
  ),
  retractionCheckCron: variable(
    'RETRACTION_CHECK_CRON',
    '`0 4 * * 1` (Mondays 04:00)',
    'read by collections/Citations/jobs',
    readElsewhere,
  ),
  port: variable('PORT', '`3000`', 'read by Next.js and scripts/start', readElsewhere),
  reviewReminderDays: variable('REVIEW_REMINDER_DAYS', '`30` / `0 7 * * *`', 'read by collections/ReviewReminders', readElsewhere),
  reviewReminderCron: variable('REVIEW_REMINDER_CRON', '`30` / `0 7 * * *`', 'read by collections/ReviewReminders', readElsewhere),
  prepareTimeoutSeconds: variable('PREPARE_TIMEOUT_SECONDS', '`300`', 'read by scripts/prepare', readElsewhere),
  importTimeoutSeconds: variable('IMPORT_TIMEOUT_SECONDS', '`3600`', 'read by scripts/import', readElsewhere),
}

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
