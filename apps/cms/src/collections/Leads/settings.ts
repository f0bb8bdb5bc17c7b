import { parseTrustProxy } from '@clinic/leads'

import { env } from '../../env'

/**
 * The leads settings, read from the environment when used (not at import), so each test file and
 * each deployment can choose its own windows.
 */
export interface LeadSettings {
  /** Submissions one client may make per window (every POST counts, valid or not). */
  rateLimitMax: number
  rateLimitWindowSeconds: number
  /** A second submission of the same kind from the same e-mail address within this is a duplicate. */
  duplicateWindowSeconds: number
  /** How many reverse proxies in front of the CMS append to X-Forwarded-For (TRUST_PROXY). */
  trustedProxies: number
  /** Leads older than this are deleted by the daily retention job (confirmed subscriptions excepted). */
  retentionDays: number
  /** Where packet requests are announced; falls back to Site settings' e-mail. */
  notifyEmail: string | null
  /** How long a newsletter confirmation link works. */
  confirmLinkHours: number
  /** Where the site may send visitors back to after a plain form post, first = the site. */
  allowedReturnOrigins: string[]
  /** The site page confirm/unsubscribe links land on, with `?newsletter=<status>`. */
  newsletterPageUrl: string
  /** The CMS's public URL, for links in e-mails. */
  cmsPublicUrl: string
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number (got "${raw}")`)
  return value
}

export function leadSettings(): LeadSettings {
  return {
    rateLimitMax: positiveInteger('LEADS_RATE_LIMIT_MAX', 5),
    rateLimitWindowSeconds: positiveInteger('LEADS_RATE_LIMIT_WINDOW_SECONDS', 10 * 60),
    duplicateWindowSeconds: positiveInteger('LEADS_DUPLICATE_WINDOW_SECONDS', 10 * 60),
    trustedProxies: parseTrustProxy(process.env.TRUST_PROXY),
    retentionDays: positiveInteger('LEADS_RETENTION_DAYS', 365),
    notifyEmail: process.env.LEADS_NOTIFY_EMAIL?.trim() || null,
    confirmLinkHours: positiveInteger('LEADS_CONFIRM_LINK_HOURS', 7 * 24),
    allowedReturnOrigins: [env.webOrigin, ...env.extraCorsOrigins],
    newsletterPageUrl: new URL(process.env.LEADS_NEWSLETTER_PATH ?? '/newsletter', env.webOrigin).href,
    cmsPublicUrl: env.serverUrl.replace(/\/$/, ''),
  }
}
