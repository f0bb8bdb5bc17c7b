import { createLocalReq, executeAuthStrategies, getPayload, type SanitizedConfig } from 'payload'

import { isStaff } from '../auth/hasRole'
import { isApiKeyRequest } from '../auth/isApiKeyRequest'

/**
 * Who a REST request is, as Payload itself resolves it (the auth strategies its handlers run), plus
 * whether it carries anything that could be a credential at all.
 *
 * Caching and query limits are decided on this, not on sniffing headers with our own patterns:
 * Payload accepts `payload-token =<jwt>` (a space before `=`) and other spellings a regular
 * expression misses, so a staff view could be mistaken for an anonymous one.
 */
export interface Caller {
  /** `anonymous` and `api-key` are the public tiers; `signed-in` is a session that may not see drafts (marketing). */
  kind: 'anonymous' | 'api-key' | 'signed-in' | 'staff'
  user: Record<string, unknown> | null
  /**
   * Any Authorization header, any cookie whose name looks like a session cookie in any case or
   * spacing, or a `token` parameter (preview links). Such a request never touches the shared
   * response cache, even when Payload resolved no user from it.
   */
  carriesCredential: boolean
}

const resolved = new WeakMap<Request, Promise<Caller>>()

/** Resolved once per request; every wrapper in src/http asks through here. */
export function callerOf(request: Request, config: Promise<SanitizedConfig> | SanitizedConfig): Promise<Caller> {
  let caller = resolved.get(request)
  if (!caller) {
    caller = resolve(request, config)
    resolved.set(request, caller)
  }
  return caller
}

/** The same caller for a request rebuilt from another one (URL rewritten, method override). */
export function carryCaller(from: Request, to: Request): Request {
  const caller = resolved.get(from)
  if (caller) resolved.set(to, caller)
  return to
}

async function resolve(request: Request, config: Promise<SanitizedConfig> | SanitizedConfig): Promise<Caller> {
  const payload = await getPayload({ config })
  // The strategies alone, as Payload's own request setup runs them: `payload.auth` would also work out
  // the caller's permissions on every collection, global and field (about a tenth of the CPU an
  // uncached published read cost, measured with --cpu-prof), and nothing here reads them.
  const req = await createLocalReq({ req: { headers: request.headers } }, payload)
  const { user } = await executeAuthStrategies({ headers: request.headers, canSetHeaders: false, payload, req })
  const carriesCredential = hasCredential(request, payload.config.cookiePrefix)
  const kind: Caller['kind'] = !user ? 'anonymous' : isApiKeyRequest(user) ? 'api-key' : isStaff(user) ? 'staff' : 'signed-in'
  return { kind, user: (user as Record<string, unknown> | null) ?? null, carriesCredential }
}

export function hasCredential(request: Request, cookiePrefix = 'payload'): boolean {
  if (request.headers.has('authorization')) return true
  const cookieName = `${cookiePrefix}-token`.toLowerCase()
  const cookies = (request.headers.get('cookie') ?? '').split(';')
  if (
    cookies.some((cookie) =>
      decodeLoosely(cookie.split('=', 1)[0] ?? '')
        .trim()
        .toLowerCase()
        .includes(cookieName),
    )
  )
    return true
  return new URL(request.url).searchParams.has('token')
}

function decodeLoosely(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
