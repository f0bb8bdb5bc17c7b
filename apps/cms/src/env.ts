/**
 * Every setting the CMS reads from the environment, in one place. Dev defaults keep `pnpm dev`
 * zero-config; production refuses to start without the secrets.
 */
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

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
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
  extraCorsOrigins: list(process.env.CORS_ORIGINS),
  logLevel: process.env.LOG_LEVEL ?? 'info',
}
