import type { SanitizedConfig } from 'payload'

import { callerOf } from './caller'
import type { RestHandler } from './types'

const API_KEY_PREFIX = /^users API-Key /

/**
 * Payload treats an unknown API key as an anonymous request. Marketing tools should instead learn
 * at once that their key is wrong or revoked, so any request that presents a key that matches no
 * user is refused with 401 and changes nothing.
 */
export function rejectUnknownApiKeys(handler: RestHandler, config: Promise<SanitizedConfig> | SanitizedConfig): RestHandler {
  return async (request, context) => {
    if (!API_KEY_PREFIX.test(request.headers.get('authorization') ?? '')) return handler(request, context)
    const { user } = await callerOf(request, config)
    if (!user) {
      return Response.json(
        { errors: [{ message: 'The API key is not valid or has been revoked. Ask an admin for a new key.' }] },
        { status: 401, headers: { 'Cache-Control': 'private, no-store' } },
      )
    }
    return handler(request, context)
  }
}
