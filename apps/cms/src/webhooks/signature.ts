import { createHmac, timingSafeEqual } from 'node:crypto'

import { Webhook } from 'standardwebhooks'

/**
 * Deliveries are signed the Standard Webhooks way (https://www.standardwebhooks.com): headers
 * `webhook-id`, `webhook-timestamp` and `webhook-signature` (`v1,<base64 HMAC-SHA256 of
 * "<id>.<timestamp>.<body>">`), which receivers check with a maintained library in their own
 * language instead of code of ours. Signing uses that library too (`standardwebhooks`).
 *
 * The endpoint's secret is kept as text; libraries take it as `whsec_` + the base64 of that text
 * (`standardSecret`, shown to admins on the endpoint).
 */
export function standardSecret(secret: string): string {
  return `whsec_${Buffer.from(secret, 'utf8').toString('base64')}`
}

export function standardWebhookHeaders(secret: string, messageId: string, body: string, at: Date): Record<string, string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(standardSecret(secret)).sign(messageId, at, body),
  }
}

/**
 * Deprecated: the signature receivers written before Standard Webhooks check. Still sent beside
 * the standard headers so they keep working while they move (README, "Webhooks").
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
 */
export const LEGACY_SIGNATURE_HEADER = 'X-Clinic-Signature'

export function signWebhook(secret: string, body: string, timestamp: number): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
  return `t=${timestamp},v1=${digest}`
}

/** What a legacy receiver does: recompute, compare in constant time, and refuse stale timestamps. */
export function verifyWebhook(
  secret: string,
  body: string,
  header: string | null,
  options: { now?: number; toleranceSeconds?: number } = {},
): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((part) => part.split('=', 2) as [string, string]))
  const timestamp = Number(parts.t)
  if (!Number.isInteger(timestamp) || !parts.v1) return false
  const now = options.now ?? Math.floor(Date.now() / 1000)
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) return false
  const expected = Buffer.from(signWebhook(secret, body, timestamp).split('v1=')[1]!, 'hex')
  const given = Buffer.from(parts.v1, 'hex')
  return expected.length === given.length && timingSafeEqual(expected, given)
}
