import type { Caller } from './caller'

/**
 * Which REST reads shared caches (CDNs, proxies) may keep. Only published content read
 * anonymously or with a read-only API key; anything a signed-in session or a draft request
 * sees is `private, no-store`, so it never lands in a shared cache.
 *
 * Paths are matched percent-decoded (guard/apiPath.ts), as Payload routes them: `/articles/previe%77`
 * is the preview endpoint.
 */
export const PUBLIC_READ_PATHS = [
  // Not /articles/preview: a draft read with a preview token is for one editor only.
  /^\/articles(\/(?!versions$|preview$)[^/]+)?$/,
  /^\/articles\/search$/,
  /^\/citations(\/[^/]+)?$/,
  // Not /conditions/preview either.
  /^\/conditions(\/(?!versions$|preview$)[^/]+)?$/,
  /^\/disclaimers(\/(?!versions$)[^/]+)?$/,
  /^\/media(\/[^/]+)?$/,
  /^\/reviewer-profiles(\/(?!versions$)[^/]+)?$/,
  /^\/globals\/site-settings$/,
  /^\/feeds\/research\.(xml|json)$/,
  /^\/sitemap\.xml$/,
]

export const PUBLIC_CACHE_CONTROL = 'public, max-age=30, s-maxage=60, stale-while-revalidate=300'
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

export interface CacheRequest {
  method: string
  /** Path below the API route, percent-decoded, e.g. `/articles/12`; null when undecodable. */
  apiPath: string | null
  searchParams: URLSearchParams
  caller: Caller
}

export function isPublicReadPath(apiPath: string | null): boolean {
  return apiPath !== null && PUBLIC_READ_PATHS.some((pattern) => pattern.test(apiPath))
}

function asksForDrafts(searchParams: URLSearchParams): boolean {
  const draft = searchParams.get('draft')
  return (draft !== null && draft !== 'false') || searchParams.has('token') || searchParams.has('preview')
}

/** Shared caches may keep it: a published read whose answer is the same for every visitor. */
export function isPubliclyCacheable({ method, apiPath, searchParams, caller }: CacheRequest): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false
  const anonymousView = caller.kind === 'anonymous' || caller.kind === 'api-key'
  if (!anonymousView || asksForDrafts(searchParams)) return false
  if (caller.kind === 'anonymous' && caller.carriesCredential) return false
  return isPublicReadPath(apiPath)
}

/**
 * The CMS's own response cache (responseCache/) stores only responses Payload computed with no user
 * at all, for a request that carried no credential in any form: not even an API key, whose reads
 * may differ from a visitor's one day.
 */
export function isServerCacheable(request: CacheRequest): boolean {
  return request.caller.kind === 'anonymous' && !request.caller.carriesCredential && isPubliclyCacheable(request)
}
