import type { IncomingMessage, ServerResponse } from 'node:http'

import type { SiteConfig } from './config'

/** Crawlers may read everything but draft previews, and find every page in the sitemap. */
export function robotsTxt(siteUrl: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /preview/', '', `Sitemap: ${siteUrl}/sitemap.xml`, ''].join('\n')
}

/**
 * /robots.txt, and /sitemap.xml streamed from the CMS (GET /api/sitemap.xml lists the published
 * pages at the site's own addresses, from the CMS's SITE_URL). Answers true when it handled the request.
 */
export function createSeoFileHandler(config: SiteConfig) {
  return async function handleSeoFile(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const pathname = new URL(request.url ?? '/', 'http://site.invalid').pathname
    if (pathname === '/robots.txt') {
      response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' })
      response.end(request.method === 'HEAD' ? undefined : robotsTxt(config.siteUrl))
      return true
    }
    if (pathname !== '/sitemap.xml') return false
    let upstream: Response
    try {
      upstream = await fetch(`${config.cmsServerUrl}/api/sitemap.xml`, { signal: AbortSignal.timeout(8_000) })
    } catch {
      upstream = new Response(null, { status: 503 })
    }
    if (!upstream.ok) {
      response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '30' })
      response.end('The sitemap is briefly unavailable.')
      return true
    }
    const body = await upstream.text()
    // A few minutes is fresh enough for crawlers and spares the CMS a walk of every page per hit.
    response.writeHead(200, { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' })
    response.end(request.method === 'HEAD' ? undefined : body)
    return true
  }
}
