import type { IncomingMessage, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

import type { RenderRequest, RenderResult } from '../app/entry-server'
import type { SiteConfig } from './config'
import { securityHeaders } from './securityHeaders'

export interface PageHandlerOptions {
  config: SiteConfig
  render(request: RenderRequest): Promise<RenderResult>
  /** index.html with its <!--app-head-->, <!--app-html--> and <!--app-state--> slots. */
  template(url: string): Promise<string>
  /** <link> tags that start loading a page's own code (its chunk and imports) with the HTML. */
  preloadTags(pageModule: string | undefined): string
  production: boolean
}

/**
 * Shared caches may keep a page briefly (a publish shows within a minute); a 404 a little longer;
 * an outage never, so a recovered CMS shows at once.
 */
function cacheControl(status: number, preview: boolean): string {
  // A draft is for the editor holding the token alone: no cache, shared or private, keeps it.
  if (preview) return 'private, no-store'
  if (status === 200) return 'public, max-age=0, s-maxage=30, stale-while-revalidate=30'
  if (status === 404) return 'public, max-age=60'
  return 'no-store'
}

/** Answers a page request with complete, server-rendered HTML and the status the page deserves. */
export function createPageHandler(options: PageHandlerOptions) {
  const cmsOrigin = new URL(options.config.cmsPublicUrl).origin
  return async function handlePage(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    const url = request.url ?? '/'
    const result = await options.render({
      href: url,
      cmsServerUrl: options.config.cmsServerUrl,
      cmsPublicUrl: options.config.cmsPublicUrl,
      siteUrl: options.config.siteUrl,
    })
    const template = await options.template(url)
    const page = template
      .replace('<!--app-head-->', `${result.head}${options.preloadTags(result.pageModule)}`)
      .replace('<!--app-html-->', () => result.body)
      .replace('<!--app-state-->', () => (result.preview ? '' : `<script id="clinic-state" type="application/json">${result.state}</script>`))
    const html = result.preview ? withoutClientScripts(page) : page

    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    const body = gzip ? gzipSync(html) : Buffer.from(html)
    response.writeHead(result.status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': cacheControl(result.status, result.preview),
      ...(result.preview ? { 'X-Robots-Tag': 'noindex' } : {}),
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      ...(result.status === 503 ? { 'Retry-After': '30' } : {}),
      ...securityHeaders(cmsOrigin, { strictScripts: options.production }),
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  }
}

/**
 * A preview is complete HTML without JavaScript: left out, the app can't hydrate and refetch the
 * published article over the draft, and the token never reaches browser code.
 */
function withoutClientScripts(html: string): string {
  return html.replace(/<script type="module"[^>]*><\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, '')
}

/** When rendering itself fails (a bug): a plain 500 that still says something useful. */
export function sendServerError(response: ServerResponse, error: unknown) {
  console.error(error)
  if (response.headersSent) return response.end()
  response
    .writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
    .end('<!doctype html><html lang="en"><title>Something went wrong</title><h1>Something went wrong</h1><p>Please try again in a moment.</p></html>')
}
