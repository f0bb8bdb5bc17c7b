import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { addArticleSearchVector } from './collections/Articles/search/searchVectorColumn'
import { Citations } from './collections/Citations'
import { Conditions } from './collections/Conditions'
import { Disclaimers } from './collections/Disclaimers'
import { Leads } from './collections/Leads'
import { LegacyImports } from './collections/LegacyImports'
import { RateLimitHits } from './collections/Leads/RateLimitHits'
import { Media } from './collections/Media'
import { Users } from './collections/Users'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { WebhookEndpoints } from './collections/WebhookEndpoints'
import { WorkflowEvents } from './collections/WorkflowEvents'
import { emailAdapter } from './email/adapter'
import { feedEndpoints } from './endpoints/feeds'
import { env } from './env'
import { articleEditor } from './fields/richText'
import { SiteSettings } from './globals/SiteSettings'
import { withListSizeCap } from './hooks/capListSize'
import { jobs } from './jobs'
import { migrations } from './migrations'
import { withWebhookEvents } from './webhooks/articleHooks'

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
  },
  collections: [
    withWebhookEvents(Articles),
    Citations,
    Conditions,
    Disclaimers,
    Leads,
    Media,
    Users,
    WebhookEndpoints,
    WebhookDeliveries,
    WorkflowEvents,
    RateLimitHits,
    LegacyImports,
  ].map(withListSizeCap),
  jobs,
  globals: [SiteSettings],
  endpoints: [...feedEndpoints],
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
  db: postgresAdapter({
    pool: { connectionString: env.databaseUrl },
    // The schema only ever changes through committed migrations, so nothing can prompt or drop data.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
    // Full-text search column and index for the research library (GET /api/articles/search).
    afterSchemaInit: [addArticleSearchVector],
  }),
  typescript: {
    outputFile: path.resolve(dirname, '../../../packages/shared-types/src/payload-types.ts'),
    declare: false,
  },
  sharp,
  logger: { options: { level: env.logLevel } },
})
