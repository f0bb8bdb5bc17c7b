/**
 * The table of every variable the CMS reads (name, the README's default, meaning, schema), with no
 * reading at import: `env.ts` parses it once at start, and `readSetting` parses one variable when it
 * is used. Kept apart from `env.ts` so that a module importing `readSetting` (the seed, a job) does
 * not fix the settings before a test or script has chosen its database.
 */
import {
  cron,
  httpUrl,
  onOff,
  optionalHttpUrl,
  readVariable,
  text,
  trueFalse,
  variable,
  wholeNumber,
  type Settings,
  type Variable,
} from '@clinic/env'
import { parseTrustProxy } from '@clinic/leads'
import { REVIEW_REMINDER_LEAD_DAYS } from '@clinic/workflow'
import { z } from 'zod'

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
/**
 * Checked together with the other variables of its group by the module named in the meaning (S3 and
 * read replicas, SMTP, the citation lookup, the server scripts), which this module calls at start.
 */
const checkedWithItsGroup = text(undefined)

/** How many reverse proxies in front of the CMS append to X-Forwarded-For (the rules: @clinic/leads). */
const proxyCount = z
  .string()
  .optional()
  .transform((raw, context) => {
    try {
      return parseTrustProxy(raw)
    } catch {
      context.addIssue({ code: 'custom', message: 'must be true, false or the number of proxies in front of the CMS' })
      return z.NEVER
    }
  })

/**
 * Every variable the CMS reads, with its default exactly as the README's configuration table states
 * it (test/content-model/environment.test.ts checks they agree) and the schema that parses it. Most
 * build `env` below at start; a few are read when used through `readSetting` (job switches and
 * schedules, the leads' windows, the seed admin), so a test or a job sees the value of its moment.
 * A group whose variables are checked together (S3 and read replicas, SMTP, the citation lookup) is
 * parsed by its own module, named in the meaning, which this module calls at start.
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
  jobsAutorun: variable('JOBS_AUTORUN', '`true`', 'whether this instance starts the job crons', trueFalse(true)),
  scheduledPublishCron: variable(
    'SCHEDULED_PUBLISH_CRON',
    '`*/30 * * * * *`',
    'how often due articles are looked for',
    cron('*/30 * * * * *'),
  ),
  corsOrigins: variable('CORS_ORIGINS', '—', 'more allowed origins, comma-separated', text(undefined)),
  // The default is a folder beside the CMS's sources, worked out where it is used (collections/Media).
  mediaDir: variable('MEDIA_DIR', '`apps/cms/media`', 'where uploads are stored', text(undefined)),
  readReplicaUrls: variable('DATABASE_READ_REPLICA_URLS', '—', 'read by scaleOut/config.ts', checkedWithItsGroup),
  s3Bucket: variable('S3_BUCKET', '— (media on local disk, `MEDIA_DIR`)', 'read by scaleOut/config.ts', checkedWithItsGroup),
  s3Region: variable('S3_REGION', '— / AWS / `false`', 'read by scaleOut/config.ts', checkedWithItsGroup),
  s3Endpoint: variable('S3_ENDPOINT', '— / AWS / `false`', 'read by scaleOut/config.ts', checkedWithItsGroup),
  s3ForcePathStyle: variable('S3_FORCE_PATH_STYLE', '— / AWS / `false`', 'read by scaleOut/config.ts', checkedWithItsGroup),
  s3AccessKeyId: variable('S3_ACCESS_KEY_ID', '—', 'read by scaleOut/config.ts', checkedWithItsGroup),
  s3SecretAccessKey: variable('S3_SECRET_ACCESS_KEY', '—', 'read by scaleOut/config.ts', checkedWithItsGroup),
  smtpHost: variable('SMTP_HOST', '— (mail printed to the console in dev)', 'read by email/', checkedWithItsGroup),
  smtpPort: variable('SMTP_PORT', '— (mail printed to the console in dev)', 'read by email/', checkedWithItsGroup),
  smtpUser: variable('SMTP_USER', '— (mail printed to the console in dev)', 'read by email/', checkedWithItsGroup),
  smtpPass: variable('SMTP_PASS', '— (mail printed to the console in dev)', 'read by email/', checkedWithItsGroup),
  emailFrom: variable('EMAIL_FROM', '— (mail printed to the console in dev)', 'read by email/', checkedWithItsGroup),
  trustProxy: variable('TRUST_PROXY', '`false`', 'reverse proxies in front of the CMS', proxyCount),
  leadsRateLimitMax: variable('LEADS_RATE_LIMIT_MAX', '`5`', 'submissions per client per window', wholeNumber(5, 1)),
  leadsRateLimitWindowSeconds: variable('LEADS_RATE_LIMIT_WINDOW_SECONDS', '`600`', 'the rate-limit window', seconds(10 * 60)),
  leadsDuplicateWindowSeconds: variable('LEADS_DUPLICATE_WINDOW_SECONDS', '`600`', 'the duplicate window', seconds(10 * 60)),
  leadsRetentionDays: variable('LEADS_RETENTION_DAYS', '`365`', 'how long leads are kept', wholeNumber(365, 1)),
  leadsRetentionCron: variable('LEADS_RETENTION_CRON', '`30 3 * * *`', 'when the retention job is queued', cron('30 3 * * *')),
  leadsConfirmLinkHours: variable('LEADS_CONFIRM_LINK_HOURS', '`168`', 'how long a confirmation link works', wholeNumber(7 * 24, 1)),
  leadsNotifyEmail: variable('LEADS_NOTIFY_EMAIL', 'Site settings’ e-mail', 'where packet requests are announced', text(undefined)),
  leadsNewsletterPath: variable('LEADS_NEWSLETTER_PATH', '`/newsletter`', 'the site page confirmation links land on', text('/newsletter')),
  seedAdminEmail: variable('SEED_ADMIN_EMAIL', '`admin@example.com` / generated', 'the dev admin’s e-mail', text('admin@example.com')),
  seedAdminPassword: variable('SEED_ADMIN_PASSWORD', '`admin@example.com` / generated', 'the dev admin’s password', text(undefined)),
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
    checkedWithItsGroup,
  ),
  ncbiTool: variable('NCBI_TOOL', '`clinic-cms`', 'read by @clinic/citations', checkedWithItsGroup),
  ncbiApiKey: variable('NCBI_API_KEY', '—', 'read by @clinic/citations', checkedWithItsGroup),
  ncbiEutilsUrl: variable('NCBI_EUTILS_URL', "NCBI's and Crossref's public addresses", 'read by @clinic/citations', checkedWithItsGroup),
  ncbiIdconvUrl: variable('NCBI_IDCONV_URL', "NCBI's and Crossref's public addresses", 'read by @clinic/citations', checkedWithItsGroup),
  crossrefUrl: variable('CROSSREF_URL', "NCBI's and Crossref's public addresses", 'read by @clinic/citations', checkedWithItsGroup),
  citationLookupTimeoutMs: variable('CITATION_LOOKUP_TIMEOUT_MS', '`8000`', 'read by @clinic/citations', checkedWithItsGroup),
  citationLookupCacheSeconds: variable(
    'CITATION_LOOKUP_CACHE_SECONDS',
    '`604800` (7 days)',
    'how long a successful lookup is reused',
    seconds(7 * 24 * 60 * 60),
  ),
  retractionCheckCron: variable(
    'RETRACTION_CHECK_CRON',
    '`0 4 * * 1` (Mondays 04:00)',
    'when the weekly retraction check is queued',
    cron('0 4 * * 1'),
  ),
  port: variable('PORT', '`3000`', 'read by Next.js and scripts/start', checkedWithItsGroup),
  reviewReminderDays: variable(
    'REVIEW_REMINDER_DAYS',
    '`30` / `0 7 * * *`',
    'days before a review date its reviewer is reminded',
    wholeNumber(REVIEW_REMINDER_LEAD_DAYS, 1, undefined, 'must be a whole number of days above 0'),
  ),
  reviewReminderCron: variable('REVIEW_REMINDER_CRON', '`30` / `0 7 * * *`', 'when the reminder task is queued', cron('0 7 * * *')),
  prepareTimeoutSeconds: variable('PREPARE_TIMEOUT_SECONDS', '`300`', 'read by scripts/prepare', checkedWithItsGroup),
  importTimeoutSeconds: variable('IMPORT_TIMEOUT_SECONDS', '`3600`', 'read by scripts/import', checkedWithItsGroup),
}

type CmsSettings = Settings<typeof CMS_ENVIRONMENT>

/** One setting, parsed from the environment now (see CMS_ENVIRONMENT for which are read so). */
export function readSetting<Key extends keyof CmsSettings>(
  key: Key,
  environment: Readonly<Record<string, string | undefined>> = process.env,
): CmsSettings[Key] {
  return readVariable(CMS_ENVIRONMENT[key] as Variable<unknown>, environment) as CmsSettings[Key]
}
