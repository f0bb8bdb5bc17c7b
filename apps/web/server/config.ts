const DEFAULT_CMS_URL = 'http://localhost:3000'

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

const DEFAULT_PAGE_CACHE_MAX_BYTES = 64 * 1024 * 1024
const DEFAULT_PAGE_CACHE_POLL_MS = 250

/** A whole number ≥ `min` from the environment, or the default; a typo stops the server, naming the variable. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}, not "${raw}".`)
  return value
}

/** Read when the server starts, never at build time: one build runs against any CMS. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const trim = (url: string) => url.replace(/\/+$/, '')
  const port = Number(env.PORT) || 5173
  return {
    port,
    siteUrl: trim(env.SITE_URL || `http://localhost:${port}`),
    cmsServerUrl: trim(env.CMS_URL || env.VITE_CMS_URL || DEFAULT_CMS_URL),
    cmsPublicUrl: trim(env.VITE_CMS_URL || env.CMS_URL || DEFAULT_CMS_URL),
    pageCacheMaxBytes: wholeNumber(env, 'PAGE_CACHE_MAX_BYTES', DEFAULT_PAGE_CACHE_MAX_BYTES, 0),
    // At most 1 s between polls: the README promises a change is visible within 2 s.
    pageCachePollMs: Math.min(wholeNumber(env, 'PAGE_CACHE_POLL_MS', DEFAULT_PAGE_CACHE_POLL_MS, 50), 1000),
  }
}
