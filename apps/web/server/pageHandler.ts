import type { IncomingMessage, ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

import type { RenderRequest, RenderResult } from '../app/entry-server'
import type { SiteConfig } from './config'
import type { GenerationWatcher } from './contentGeneration'
import { bodyIn, compressPage, isAnonymousPageRequest, pageCacheKey, preferredEncoding, type CachedPage, type PageStore } from './pageCache'
import { securityHeaders } from './securityHeaders'

const gzipAsync = promisify(gzip)

/** Says whether a page came from this instance's page cache: `hit`, `miss` (now stored) or `bypass`. */
const PAGE_CACHE_HEADER = 'X-Page-Cache'

export interface PageHandlerOptions {
  config: SiteConfig
  render(request: RenderRequest): Promise<RenderResult>
  /** index.html with its <!--app-head-->, <!--app-html--> and <!--app-state--> slots. */
  template(url: string): Promise<string>
  /** <link> tags that start loading a page's own code (its chunk and imports) with the HTML. */
  preloadTags(pageModule: string | undefined): string
  production: boolean
  /** Where an address the site has no page for now leads (redirects.ts); asked only on a 404. */
  findRedirect?(url: string): Promise<string | null>
  /** Rendered pages kept per instance until the CMS's content generation moves (pageCache.ts). */
  cache?: { pages: PageStore; generation: GenerationWatcher }
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
  const pageHeaders = (status: number, preview: boolean) => ({
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': cacheControl(status, preview),
    ...(preview ? { 'X-Robots-Tag': 'noindex' } : {}),
    Vary: 'Accept-Encoding',
    ...(status === 503 ? { 'Retry-After': '30' } : {}),
    ...securityHeaders(cmsOrigin, { strictScripts: options.production }),
  })

  // The same for every stored page, so made once rather than per request (the warm path's cost).
  const storedPageHeaders = pageHeaders(200, false)

  /** A stored page: precomputed bytes in the encoding asked for, or 304 for a matching ETag. */
  function sendStored(request: IncomingMessage, response: ServerResponse, page: CachedPage, status: 'hit' | 'miss') {
    const headers = { ...storedPageHeaders, ETag: page.etag, [PAGE_CACHE_HEADER]: status }
    if (
      String(request.headers['if-none-match'] ?? '')
        .split(/\s*,\s*/)
        .includes(page.etag)
    ) {
      response.writeHead(304, headers).end()
      return
    }
    const encoding = preferredEncoding(request.headers['accept-encoding'])
    const body = bodyIn(page, encoding)
    response.writeHead(200, {
      ...headers,
      'Content-Length': body.length,
      ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  }

  /**
   * Answers from this instance's page cache when it holds the page for the current generation, at
   * once and without a promise: the server asks this first, so a warm page costs no more than a
   * lookup. Anything else (a miss, a cookie, a preview, another method) is left to handlePage.
   */
  function answerFromCache(request: IncomingMessage, response: ServerResponse): boolean {
    const cache = options.cache
    if (!cache || !isAnonymousPageRequest(request)) return false
    const generation = cache.generation.current()
    if (generation === undefined) return false
    const stored = cache.pages.get(pageCacheKey(request.url ?? '/'), generation)
    if (!stored) return false
    sendStored(request, response, stored, 'hit')
    return true
  }

  async function handlePage(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    if (answerFromCache(request, response)) return
    const url = request.url ?? '/'
    const cache = options.cache && isAnonymousPageRequest(request) ? options.cache : undefined
    const key = cache ? pageCacheKey(url) : undefined
    // Read BEFORE rendering: the page's CMS reads are at least this new, so tagging it with this
    // generation can only make it look older than it is (dropped early), never newer (kept stale).
    const generation = cache?.generation.current()

    const result = await options.render({
      href: url,
      cmsServerUrl: options.config.cmsServerUrl,
      cmsPublicUrl: options.config.cmsPublicUrl,
      siteUrl: options.config.siteUrl,
    })
    // Only where the site has no page: a live page always wins, and the 301 is never cached here.
    if (result.status === 404 && !result.preview && options.findRedirect) {
      const location = await options.findRedirect(url)
      if (location) {
        response.writeHead(301, {
          Location: location,
          // Short: an edited or retargeted redirect reaches visitors within minutes.
          'Cache-Control': 'public, max-age=300, s-maxage=30',
          ...(options.cache ? { [PAGE_CACHE_HEADER]: 'bypass' } : {}),
        })
        response.end()
        return
      }
    }
    const template = await options.template(url)
    const page = template
      .replace('<!--app-head-->', `${result.head}${options.preloadTags(result.pageModule)}`)
      .replace('<!--app-html-->', () => result.body)
      .replace('<!--app-state-->', () =>
        result.preview ? '' : `<script id="clinic-state" type="application/json">${result.state}</script>`,
      )
    const html = result.preview ? withoutClientScripts(page) : page

    // Only a successful published page is stored: never a preview, an error or a 404.
    if (cache && key !== undefined && generation !== undefined && result.status === 200 && !result.preview) {
      const compressed = await compressPage(html, generation)
      // Rendered while the generation moved: sent (as fresh as any uncached answer), not kept.
      if (cache.generation.current() === generation) cache.pages.set(key, compressed)
      return sendStored(request, response, compressed, 'miss')
    }

    const gzipped = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    // Async: zlib runs on the thread pool, so other requests are not held up while this compresses.
    const body = gzipped ? await gzipAsync(html) : Buffer.from(html)
    response.writeHead(result.status, {
      ...pageHeaders(result.status, result.preview),
      'Content-Length': body.length,
      ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
      ...(options.cache ? { [PAGE_CACHE_HEADER]: 'bypass' } : {}),
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  }

  return Object.assign(handlePage, { answerFromCache })
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
    .end(
      '<!doctype html><html lang="en"><title>Something went wrong</title><h1>Something went wrong</h1><p>Please try again in a moment.</p></html>',
    )
}
