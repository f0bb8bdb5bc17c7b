import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, isPubliclyCacheable } from './cachePolicy'
import { matchesIfNoneMatch, strongEtag } from './etag'
import type { RestHandler } from './types'

/**
 * Adds validators and cache directives to successful REST reads: a strong ETag on every 200, a
 * 304 when the client already has it, and Cache-Control by who is asking (see cachePolicy).
 * A response that already carries an ETag (from the response cache) keeps it, unhashed.
 */
export function withHttpCaching(handler: RestHandler, apiRoute: string): RestHandler {
  return async (request, context) => {
    const response = await handler(request, context)
    const url = new URL(request.url)
    const publicRead = isPubliclyCacheable({
      method: request.method,
      apiPath: url.pathname.slice(apiRoute.length),
      searchParams: url.searchParams,
      headers: request.headers,
    })
    const headers = new Headers(response.headers)
    headers.set('Cache-Control', publicRead ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL)
    headers.append('Vary', 'Authorization, Cookie')
    if (response.status === 304) return new Response(null, { status: 304, headers })
    // Uploaded files stream through untouched (Payload serves them with their own validators);
    // only API documents are hashed.
    if (response.status !== 200 || !isApiDocument(response)) {
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    }

    const knownEtag = response.headers.get('etag')
    const body = knownEtag ? undefined : await response.arrayBuffer()
    const etag = knownEtag ?? strongEtag(body!)
    headers.set('ETag', etag)
    if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
      await response.body?.cancel()
      headers.delete('Content-Length')
      headers.delete('Content-Type')
      return new Response(null, { status: 304, headers })
    }
    return new Response(body ?? response.body, { status: 200, headers })
  }
}

function isApiDocument(response: Response): boolean {
  return /json|xml/.test(response.headers.get('content-type') ?? '')
}
