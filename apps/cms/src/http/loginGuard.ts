import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { getPayload, headersWithCors, type SanitizedConfig } from 'payload'

import { apiPathOf } from './guard/apiPath'
import type { RestHandler } from './types'

type Config = Promise<SanitizedConfig> | SanitizedConfig

/** One answer for every failed sign-in, so it never says whether an account exists or is locked. */
export const LOGIN_FAILED_MESSAGE =
  'The e-mail or password is incorrect, or the account is locked for a while after too many failed attempts.'

// Payload's current password hash (pbkdf2-sha256-v1: 600,000 iterations, 32 bytes).
const HASH_ITERATIONS = 600_000
const HASH_BYTES = 32
const derive = promisify(pbkdf2)

/**
 * POST /api/users/login, hardened where Payload's login gives accounts away or can be forged:
 * - an unknown e-mail failed in ~4 ms and a known one in ~110 ms (the password hash): when
 *   Payload did not hash (no such account, or locked), we hash a throwaway password the same way;
 * - the lockout said "locked", which confirms the account: every failure now reads the same;
 * - a cross-site form could sign a visitor in to an attacker's account (login CSRF): JSON (which a
 *   cross-site page cannot send without a CORS preflight) from an allowed origin, or a form from
 *   an allowed origin named in `Origin` (the admin's own login form posts multipart/form-data; a
 *   browser always sends `Origin` with a form POST, so a form without one is refused too).
 * The lockout itself is Payload's, kept in PostgreSQL (login attempts and lock time on the user
 * row), so it holds across instances; only admins may unlock (Users access).
 */
export function withLoginGuard(handler: RestHandler, config: Config, apiRoute: string): RestHandler {
  return async (request, context) => {
    if (request.method !== 'POST' || apiPathOf(request.url, apiRoute) !== '/users/login') return handler(request, context)
    const payload = await getPayload({ config })
    const headers = headersWithCors({
      headers: new Headers({ 'Cache-Control': 'private, no-store' }),
      req: { payload, headers: request.headers },
    })
    const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
    const origin = request.headers.get('origin')
    const allowedOrigin = origin !== null && payload.config.csrf.includes(origin)
    if (origin && !allowedOrigin) {
      return Response.json({ errors: [{ message: `Signing in from ${origin} is not allowed.` }] }, { status: 403, headers })
    }
    if (type !== 'application/json' && !(FORM_TYPES.includes(type) && allowedOrigin)) {
      return Response.json(
        {
          errors: [
            { message: 'Sign in with a JSON body (Content-Type: application/json); a form is accepted only from the admin or the site.' },
          ],
        },
        { status: 415, headers },
      )
    }

    const email = await emailIn(request, type)
    const account = email
      ? await payload.db.findOne<{ id: number; lockUntil?: string | null }>({
          collection: 'users',
          where: { email: { equals: email.toLowerCase() } },
        })
      : null
    const passwordWillBeHashed = Boolean(account) && !(account?.lockUntil && new Date(account.lockUntil) > new Date())

    const response = await handler(request, context)
    if (response.status !== 401 && response.status !== 423) return response
    await response.body?.cancel()
    if (!passwordWillBeHashed) await derive('not-a-password', randomBytes(32), HASH_ITERATIONS, HASH_BYTES, 'sha256')
    return Response.json({ errors: [{ message: LOGIN_FAILED_MESSAGE }] }, { status: 401, headers })
  }
}

const FORM_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded']

/** The e-mail being signed in with: a JSON body's, or a form's (Payload's admin sends its fields as JSON in `_payload`). */
async function emailIn(request: Request, type: string): Promise<string | null> {
  try {
    if (type === 'application/json') {
      const body = (await request.clone().json()) as { email?: unknown }
      return typeof body.email === 'string' ? body.email.trim() : null
    }
    const form = await request.clone().formData()
    const fromPayload = form.get('_payload')
    const email = typeof fromPayload === 'string' ? (JSON.parse(fromPayload) as { email?: unknown }).email : form.get('email')
    return typeof email === 'string' ? email.trim() : null
  } catch {
    return null
  }
}
