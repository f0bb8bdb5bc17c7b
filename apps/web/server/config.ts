import { optionalHttpUrl, readEnvironment, variable, wholeNumber } from '@clinic/env'

const DEFAULT_CMS_URL = 'http://localhost:3000'

/**
 * Every variable the site's server reads, with its default as the README states it; the README's
 * configuration table is checked against this one (test/components/environment.test.ts).
 */
export const SITE_ENVIRONMENT = {
  cmsPublicUrl: variable(
    'VITE_CMS_URL',
    '`http://localhost:3000`',
    'the CMS’s public address, which visitors’ browsers read from',
    optionalHttpUrl(),
  ),
  cmsServerUrl: variable(
    'CMS_URL',
    '`VITE_CMS_URL`',
    'where the site’s server reads the CMS, if not at its public address',
    optionalHttpUrl(),
  ),
  port: variable('PORT', '`5173`', 'the site’s port', wholeNumber(5173, 1, 65535)),
  pageCacheMaxBytes: variable(
    'PAGE_CACHE_MAX_BYTES',
    '`67108864` (64 MiB)',
    'bytes of rendered pages one instance keeps; 0 turns the cache off',
    wholeNumber(64 * 1024 * 1024, 0),
  ),
  // At most 1 s between polls: the README promises a change is visible within 2 s.
  pageCachePollMs: variable(
    'PAGE_CACHE_POLL_MS',
    '`250`',
    'how often the instance asks the CMS whether public content changed',
    wholeNumber(250, 50, 1000),
  ),
  siteUrl: variable('SITE_URL', '`http://localhost:$PORT`', 'the site’s public address', optionalHttpUrl()),
}

export interface SiteConfig {
  port: number
  /** Where this server reads the CMS: `CMS_URL` (e.g. a private address), else `VITE_CMS_URL`. */
  cmsServerUrl: string
  /** Where browsers read the CMS: `VITE_CMS_URL`, else `CMS_URL`. */
  cmsPublicUrl: string
  /** This site's public address (`SITE_URL`), for canonical links, structured data and robots.txt. */
  siteUrl: string
  /** Bytes of rendered pages one instance keeps (`PAGE_CACHE_MAX_BYTES`, default 64 MiB; 0 turns the cache off). */
  pageCacheMaxBytes: number
  /** How often the instance asks the CMS whether content changed (`PAGE_CACHE_POLL_MS`, default 250). */
  pageCachePollMs: number
}

/** Read when the server starts, never at build time: one build runs against any CMS. A bad value stops the start, naming the variable. */
export function readConfig(env: Readonly<Record<string, string | undefined>> = process.env): SiteConfig {
  const settings = readEnvironment(SITE_ENVIRONMENT, env)
  return {
    ...settings,
    // Each CMS address falls back to the other, so setting either one is enough.
    cmsServerUrl: settings.cmsServerUrl ?? settings.cmsPublicUrl ?? DEFAULT_CMS_URL,
    cmsPublicUrl: settings.cmsPublicUrl ?? settings.cmsServerUrl ?? DEFAULT_CMS_URL,
    siteUrl: settings.siteUrl ?? `http://localhost:${settings.port}`,
  }
}
