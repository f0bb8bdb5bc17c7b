/**
 * Which REST reads shared caches (CDNs, proxies) may keep. Only published content read
 * anonymously or with a read-only API key; anything a signed-in staff session or a draft request
 * sees is `private, no-store`, so it never lands in a shared cache.
 */
export const PUBLIC_READ_PATHS = [
  // Not /articles/preview: a draft read with a preview token is for one editor only.
  /^\/articles(\/(?!versions|preview$)[^/]+)?$/,
  /^\/articles\/search$/,
  /^\/citations(\/[^/]+)?$/,
  /^\/conditions(\/[^/]+)?$/,
  /^\/disclaimers(\/(?!versions)[^/]+)?$/,
  /^\/media(\/[^/]+)?$/,
  /^\/globals\/site-settings$/,
  /^\/feeds\/research\.(xml|json)$/,
  /^\/sitemap\.xml$/,
]

export const PUBLIC_CACHE_CONTROL = 'public, max-age=30, s-maxage=60, stale-while-revalidate=300'
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

export interface CacheRequest {
  method: string
  /** Path below the API route, e.g. `/articles/12`. */
  apiPath: string
  searchParams: URLSearchParams
  headers: Headers
}

export function hasSession(headers: Headers): boolean {
  const authorization = headers.get('authorization') ?? ''
  const cookie = headers.get('cookie') ?? ''
  return /^(JWT|Bearer) /i.test(authorization) || /(^|;\s*)payload-token=/.test(cookie)
}

export function isPubliclyCacheable(request: CacheRequest): boolean {
  if (request.method !== 'GET') return false
  if (hasSession(request.headers)) return false
  const draft = request.searchParams.get('draft')
  if (draft !== null && draft !== 'false') return false
  return PUBLIC_READ_PATHS.some((pattern) => pattern.test(request.apiPath))
}
