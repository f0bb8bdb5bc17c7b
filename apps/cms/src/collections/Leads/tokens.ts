import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { keyedHash } from './counters'

/** A single-use newsletter confirmation token: the link carries it, the lead keeps only its hash. */
export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashConfirmToken(token) }
}

export function hashConfirmToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * The unsubscribe token of a newsletter lead: `<id>.<keyed hash of the id>`. Derived, not stored,
 * so the CMS (or marketing's export for their mailing tool) can put a working link in every
 * newsletter at any time. Rotating PAYLOAD_SECRET invalidates old links.
 */
export function unsubscribeToken(payload: Payload, leadId: number): string {
  return `${leadId}.${keyedHash(payload, 'unsubscribe', String(leadId))}`
}

/** The lead id an unsubscribe token is for, or null if it is not one we issued. */
export function leadIdFromUnsubscribeToken(payload: Payload, token: string): number | null {
  const match = /^([1-9][0-9]{0,15})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return null
  const id = Number(match[1])
  const expected = Buffer.from(unsubscribeToken(payload, id))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null
}

export function confirmUrl(cmsPublicUrl: string, apiRoute: string, token: string): string {
  return `${cmsPublicUrl}${apiRoute}/leads/confirm?token=${encodeURIComponent(token)}`
}

export function unsubscribeUrl(cmsPublicUrl: string, apiRoute: string, payload: Payload, leadId: number): string {
  return `${cmsPublicUrl}${apiRoute}/leads/unsubscribe?token=${encodeURIComponent(unsubscribeToken(payload, leadId))}`
}
