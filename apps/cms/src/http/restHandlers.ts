import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { withRequestGuard } from './guard/withRequestGuard'
import { withLoginGuard } from './loginGuard'
import { rejectUnknownApiKeys } from './rejectUnknownApiKeys'
import { withResponseCache } from './responseCache/withResponseCache'
import type { RestHandler } from './types'
import { withHttpCaching } from './withHttpCaching'
import { withPublicReadGate } from './publicReadGate'

/** HEAD answers with GET's status and headers (ETag included) and no body; Payload has no HEAD routes. */
function headFrom(get: RestHandler): RestHandler {
  return async (request, context) => {
    const response = await get(new Request(request.url, { method: 'GET', headers: request.headers }), context)
    await response.body?.cancel()
    return new Response(null, { status: response.status, headers: response.headers })
  }
}

/** Payload's REST handlers with our delivery rules on top; the route file and the tests share them. */
export function createRestHandlers(config: Promise<SanitizedConfig> | SanitizedConfig, apiRoute = '/api') {
  // Unknown API keys are refused first (before any limit could leak what a key may do), then the
  // request is bounded (guard/), then Payload answers.
  const guard = (handler: RestHandler) =>
    rejectUnknownApiKeys(
      withRequestGuard(handler, config, apiRoute, () => GET),
      config,
    )
  // What the response cache cannot answer queues for one of a few PostgreSQL slots (publicReadGate.ts).
  const cachedGet = withHttpCaching(
    withResponseCache(withPublicReadGate(REST_GET(config) as RestHandler, config, apiRoute), config, apiRoute),
    config,
    apiRoute,
  )
  const GET: RestHandler = guard(cachedGet)
  return {
    GET,
    HEAD: headFrom(GET),
    POST: guard(withLoginGuard(REST_POST(config) as RestHandler, config, apiRoute)),
    PATCH: guard(REST_PATCH(config) as RestHandler),
    PUT: guard(REST_PUT(config) as RestHandler),
    DELETE: guard(REST_DELETE(config) as RestHandler),
    OPTIONS: REST_OPTIONS(config) as RestHandler,
  }
}
