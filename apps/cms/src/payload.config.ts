import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { s3Storage } from '@payloadcms/storage-s3'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { addArticleSearchVector } from './collections/Articles/search/searchVectorColumn'
import { Citations } from './collections/Citations'
import { ClinicProfile } from './collections/ClinicProfile'
import { ReviewerProfiles } from './collections/ReviewerProfiles'
import { Conditions } from './collections/Conditions'
import { Disclaimers } from './collections/Disclaimers'
import { Leads } from './collections/Leads'
import { LegacyImports } from './collections/LegacyImports'
import { RateLimitHits } from './collections/Leads/RateLimitHits'
import { Redirects } from './collections/Redirects'
import { Media } from './collections/Media'
import { Users } from './collections/Users'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { WebhookEndpoints } from './collections/WebhookEndpoints'
import { ReviewReminders } from './collections/ReviewReminders'
import { WorkflowEvents } from './collections/WorkflowEvents'
import { logLostDatabaseConnections, poolOptions } from './db/connectionPool'
import { withReportedCommitFailures } from './db/reportFailedCommits'
import { emailAdapter } from './email/adapter'
import { contentGenerationEndpoint } from './endpoints/contentGeneration'
import { feedEndpoints } from './endpoints/feeds'
import { env } from './env'
import { articleEditor } from './fields/richText'
import { SiteSettings } from './globals/SiteSettings'
import { addResponseCacheTables } from './http/responseCache/tables'
import { addCitationLookupCacheTable } from './collections/Citations/lookup/cacheTable'
import { jobs } from './jobs'
import { trustAuditEndpoint } from './trust/endpoint'
import { migrations } from './migrations'
import { localPlugins } from './plugins'
import { hardenPayloadCollections } from './payloadCollections/harden'
import { s3StorageOptions } from './scaleOut/config'
import { withAtomicJobClaims } from './scaleOut/atomicJobClaims'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const allowedOrigins = [env.serverUrl, env.webOrigin, ...env.extraCorsOrigins]

export default buildConfig({
  serverURL: env.serverUrl,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Clinic CMS' },
    // Gravatar would send staff e-mail hashes to a third party and fails offline.
    avatar: 'default',
    components: {
      // The clinic's name and mark instead of Payload's (branding/).
      graphics: { Logo: '/branding/ClinicLogo#ClinicLogo', Icon: '/branding/ClinicIcon#ClinicIcon' },
      views: { trustAudit: { Component: '/trust/TrustAuditView#TrustAuditView', path: '/trust-audit' } },
      afterNavLinks: ['/trust/TrustAuditNavLink#TrustAuditNavLink'],
      // Each role's next tasks and the coming month's schedule, above the collection tiles (desk/).
      beforeDashboard: ['/desk/EditorialDesk#EditorialDesk'],
    },
  },
  // Cross-cutting behaviour (webhook events, shown media, response cache, list caps, literal `like`)
  // is added by the local plugins listed in plugins/index.ts; each collection's index.ts names them.
  collections: [
    Articles,
    Citations,
    Conditions,
    Disclaimers,
    ClinicProfile,
    ReviewerProfiles,
    Media,
    Redirects,
    Leads,
    Users,
    WebhookEndpoints,
    WebhookDeliveries,
    WorkflowEvents,
    ReviewReminders,
    RateLimitHits,
    LegacyImports,
  ],
  jobs,
  globals: [SiteSettings],
  endpoints: [...feedEndpoints, contentGenerationEndpoint, trustAuditEndpoint],
  editor: articleEditor,
  // Workflow notifications: SMTP from SMTP_HOST/SMTP_PORT/SMTP_USER/SMTP_PASS/EMAIL_FROM, else printed to the console.
  email: emailAdapter(),
  secret: env.payloadSecret,
  cors: allowedOrigins,
  csrf: allowedOrigins,
  // Everything goes through REST; one API surface means one set of rules to enforce.
  graphQL: { disable: true },
  // Relationship depth a REST request may ask for; deeper trees are never needed by the site or marketing.
  maxDepth: 3,
  // Several instances share one job queue: each job is claimed by exactly one of them (scaleOut/atomicJobClaims);
  // a COMMIT that fails fails the request instead of being acknowledged (db/reportFailedCommits).
  db: withReportedCommitFailures(
    withAtomicJobClaims(
      postgresAdapter({
        // Timeouts and keep-alive for riding out a PostgreSQL restart (db/connectionPool.ts).
        pool: poolOptions(env.databaseUrl),
        // The schema only ever changes through committed migrations, so nothing can prompt or drop data.
        push: false,
        migrationDir: path.resolve(dirname, 'migrations'),
        prodMigrations: migrations,
        // DATABASE_READ_REPLICA_URLS: reads on replicas, writes (and reads inside writes) on DATABASE_URL.
        readReplicas: env.readReplicaUrls,
        // Full-text search column and index for the research library (GET /api/articles/search).
        // the response cache's tables (src/http/responseCache) and the citation lookup's cache (collections/Citations/lookup).
        afterSchemaInit: [addArticleSearchVector, addResponseCacheTables, addCitationLookupCacheTable],
      }),
    ),
  ),
  typescript: {
    outputFile: path.resolve(dirname, '../../../packages/shared-types/src/payload-types.ts'),
    declare: false,
  },
  sharp,
  // Media on S3-compatible storage when S3_BUCKET is set (env.ts), else on local disk (MEDIA_DIR).
  plugins: [...localPlugins, s3Storage(s3StorageOptions(env.s3Media))],
  logger: { options: { level: env.logLevel } },
  // A lost database connection is logged clearly instead of surfacing as an uncaught exception.
  onInit: logLostDatabaseConnections,
  custom: { responseCache: env.responseCache },
}).then(hardenPayloadCollections)
