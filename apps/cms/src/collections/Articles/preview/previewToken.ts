import { createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '../../../env'

/** Long enough to open and read a draft, short enough that a leaked link soon stops working. */
export const PREVIEW_TOKEN_TTL_SECONDS = 10 * 60

// A key of its own, derived from the secret, so a preview token can never pass for anything else it signs.
const key = () => createHmac('sha256', env.payloadSecret).update('article-preview-token').digest()
const sign = (payload: string) => createHmac('sha256', key()).update(payload).digest('base64url')

/** `<articleId>.<expires, unix seconds>.<HMAC>`: bound to one article, valid for ten minutes. */
export function mintPreviewToken(articleId: number, now = Date.now()): string {
  const payload = `${articleId}.${Math.floor(now / 1000) + PREVIEW_TOKEN_TTL_SECONDS}`
  return `${payload}.${sign(payload)}`
}

/** The article id a token was minted for, or null when it is malformed, tampered with or expired. */
export function verifyPreviewToken(token: string, now = Date.now()): number | null {
  const match = /^(\d{1,12})\.(\d{1,12})\.([\w-]{43})$/.exec(token)
  if (!match) return null
  const [, id, expires, signature] = match
  const expected = Buffer.from(sign(`${id}.${expires}`))
  const given = Buffer.from(signature!)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  if (Number(expires) * 1000 <= now) return null
  return Number(id)
}
