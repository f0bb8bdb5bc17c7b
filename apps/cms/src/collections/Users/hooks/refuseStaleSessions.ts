import type { CollectionAfterMeHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

export const STALE_SESSION_MESSAGE = 'Your session has expired or is no longer valid. Please sign in again.'

/**
 * GET /api/users/me answers `200 { user: null }` to someone who sent no credentials (the admin asks
 * so on its login page). Someone who did send a session token that no longer counts — expired
 * (SESSION_LIFETIME_SECONDS), signed out, or signed with another secret — gets 401 instead, so a
 * client learns that its session is over rather than silently becoming anonymous.
 */
export const refuseStaleSessions: CollectionAfterMeHook = ({ req, response }) => {
  if ((response as { user?: unknown }).user || req.user || !sentSessionToken(req)) return response
  throw new APIError(STALE_SESSION_MESSAGE, 401, null, true)
}

function sentSessionToken(req: PayloadRequest): boolean {
  const authorization = req.headers.get('authorization') ?? ''
  if (/^(JWT|Bearer) \S/.test(authorization)) return true
  const cookieName = `${req.payload.config.cookiePrefix}-token`
  return (req.headers.get('cookie') ?? '').split(';').some((cookie) => cookie.trim().startsWith(`${cookieName}=`))
}
