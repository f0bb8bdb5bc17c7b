import { createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '../../../env'

/** Long enough to open and read a draft, short enough that a leaked link soon stops working. */
export const PREVIEW_TOKEN_TTL_SECONDS = 10 * 60

/** What can be previewed on the site: each kind signs with its own key, so a token opens only its kind. */
export type PreviewKind = 'articles' | 'conditions'

// A key of its own, derived from the secret, so a preview token can never pass for anything else it signs.
const key = (kind: PreviewKind) =>
  createHmac('sha256', env.payloadSecret)
    .update(kind === 'articles' ? 'article-preview-token' : `${kind}-preview-token`)
    .digest()
const sign = (payload: string, kind: PreviewKind) => createHmac('sha256', key(kind)).update(payload).digest('base64url')

/** `<id>.<expires, unix seconds>.<HMAC>`: bound to one document of one kind, valid for ten minutes. */
export function mintPreviewToken(id: number, now = Date.now(), kind: PreviewKind = 'articles'): string {
  const payload = `${id}.${Math.floor(now / 1000) + PREVIEW_TOKEN_TTL_SECONDS}`
  return `${payload}.${sign(payload, kind)}`
}

/** The document id a token was minted for, or null when it is malformed, tampered with, expired or of another kind. */
export function verifyPreviewToken(token: string, now = Date.now(), kind: PreviewKind = 'articles'): number | null {
  const match = /^(\d{1,12})\.(\d{1,12})\.([\w-]{43})$/.exec(token)
  if (!match) return null
  const [, id, expires, signature] = match
  const expected = Buffer.from(sign(`${id}.${expires}`, kind))
  const given = Buffer.from(signature!)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  if (Number(expires) * 1000 <= now) return null
  return Number(id)
}
