import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, isPubliclyCacheable } from './cachePolicy'
import { callerOf } from './caller'
import { matchesIfNoneMatch, strongEtag } from './etag'
import { apiPathOf } from './guard/apiPath'
import type { RestHandler } from './types'
import type { SanitizedConfig } from 'payload'

/**
 * Adds validators and cache directives to successful REST reads: a strong ETag on every 200, a
 * 304 when the client already has it, and Cache-Control by who is asking (see cachePolicy).
 * A response that already carries an ETag (from the response cache) keeps it, unhashed.
 * Only a 200 or 304 may be public: a 404 for an article about to be published must not be kept
 * by a CDN for a minute after it goes live.
 */
export function withHttpCaching(handler: RestHandler, config: Promise<SanitizedConfig> | SanitizedConfig, apiRoute: string): RestHandler {
  return async (request, context) => {
    const response = await handler(request, context)
    const url = new URL(request.url)
    const publicRead =
      (response.status === 200 || response.status === 304) &&
      isPubliclyCacheable({
        method: request.method,
        apiPath: apiPathOf(url, apiRoute),
        searchParams: url.searchParams,
        caller: await callerOf(request, config),
      })
    const headers = new Headers(response.headers)
    headers.set('Cache-Control', publicRead ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL)
    // CORS answers differ by Origin (allowed origins get Access-Control-Allow-Origin, others not).
    headers.append('Vary', 'Authorization, Cookie, Origin')
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
      // A body already read into `body` is locked; cancelling it threw "ReadableStream is locked" (a 500).
      if (!response.bodyUsed) await response.body?.cancel()
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
