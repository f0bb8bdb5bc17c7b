import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { getPayload, headersWithCors, type SanitizedConfig } from 'payload'

import { isServerCacheable } from '../cachePolicy'
import { callerOf } from '../caller'
import { entityTags, strongEtag } from '../etag'
import { apiPathOf } from '../guard/apiPath'
import type { RestHandler } from '../types'
import { cacheKey } from './cacheKey'
import { lookUp, store, sweep } from './store'

export const CACHE_STATUS_HEADER = 'X-Response-Cache'
/** How often (in stores) expired entries and those beyond the total size are dropped. */
export const SWEEP_EVERY_STORES = 100

export interface ResponseCacheSettings {
  enabled: boolean
  ttlSeconds: number
}

/** Read from the Payload config (`custom.responseCache`), so the REST route and tests share one source. */
function responseCacheSettings(config: SanitizedConfig): ResponseCacheSettings {
  return (config.custom as { responseCache?: ResponseCacheSettings } | undefined)?.responseCache ?? { enabled: false, ttlSeconds: 0 }
}

/**
 * Serves anonymous published reads from PostgreSQL when an entry computed under the current
 * content generation exists, and stores what Payload answers otherwise. Whether a request is
 * anonymous is what Payload resolves from it (caller.ts), and any credential at all — a cookie
 * Payload ignored, a preview `token` — keeps it away from the cache in both directions.
 */
export function withResponseCache(handler: RestHandler, config: Promise<SanitizedConfig> | SanitizedConfig, apiRoute: string): RestHandler {
  let lastSweptGeneration = -1
  let storesSinceSweep = 0

  return async (request, context) => {
    const settings = responseCacheSettings(await config)
    if (!settings.enabled) return handler(request, context)
    const url = new URL(request.url)
    const apiPath = apiPathOf(url, apiRoute)
    const caller = await callerOf(request, config)
    if (!isServerCacheable({ method: request.method, apiPath, searchParams: url.searchParams, caller })) return handler(request, context)

    const payload = await getPayload({ config })
    const { pool } = payload.db as unknown as PostgresAdapter
    const key = cacheKey(apiPath!, url.search)
    const { generation, entry } = await lookUp(pool, key, entityTags(request.headers.get('if-none-match')))

    if (entry) {
      const headers = headersWithCors({ headers: new Headers(), req: { payload, headers: request.headers } })
      headers.set('ETag', entry.etag)
      headers.set(CACHE_STATUS_HEADER, 'hit')
      if (entry.body === null) return new Response(null, { status: 304, headers })
      headers.set('Content-Type', entry.contentType)
      return new Response(entry.body, { status: 200, headers })
    }

    const response = await handler(request, context)
    const contentType = response.headers.get('content-type') ?? ''
    const headers = new Headers(response.headers)
    headers.set(CACHE_STATUS_HEADER, 'miss')
    if (response.status !== 200 || !/json|xml/.test(contentType)) {
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    }
    const bytes = await response.arrayBuffer()
    const etag = strongEtag(bytes)
    headers.set('ETag', etag)
    await store(pool, key, generation, { etag, contentType, body: new TextDecoder().decode(bytes) }, settings.ttlSeconds)
    if (generation !== lastSweptGeneration || ++storesSinceSweep >= SWEEP_EVERY_STORES) {
      lastSweptGeneration = generation
      storesSinceSweep = 0
      await sweep(pool, generation)
    }
    return new Response(bytes, { status: 200, headers })
  }
}
