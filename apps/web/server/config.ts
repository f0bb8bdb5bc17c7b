const DEFAULT_CMS_URL = 'http://localhost:3000'

export interface SiteConfig {
  port: number
  /** Where this server reads the CMS: `CMS_URL` (e.g. a private address), else `VITE_CMS_URL`. */
  cmsServerUrl: string
  /** Where browsers read the CMS: `VITE_CMS_URL`, else `CMS_URL`. */
  cmsPublicUrl: string
  /** This site's public address (`SITE_URL`), for canonical links, structured data and robots.txt. */
  siteUrl: string
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
  }
}
