import { readEnvironment, variable, wholeNumber } from '@clinic/env'
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

/** The leads' own variables (README beside this file); `LEADS_*` in the CMS's table (env.ts). */
const LEAD_ENVIRONMENT = {
  rateLimitMax: variable('LEADS_RATE_LIMIT_MAX', '`5`', 'submissions per client per window', wholeNumber(5, 1)),
  rateLimitWindowSeconds: variable('LEADS_RATE_LIMIT_WINDOW_SECONDS', '`600`', 'the rate-limit window', wholeNumber(10 * 60, 1)),
  duplicateWindowSeconds: variable('LEADS_DUPLICATE_WINDOW_SECONDS', '`600`', 'the duplicate window', wholeNumber(10 * 60, 1)),
  retentionDays: variable('LEADS_RETENTION_DAYS', '`365`', 'how long leads are kept', wholeNumber(365, 1)),
  confirmLinkHours: variable('LEADS_CONFIRM_LINK_HOURS', '`168`', 'how long a confirmation link works', wholeNumber(7 * 24, 1)),
}

export function leadSettings(): LeadSettings {
  const numbers = readEnvironment(LEAD_ENVIRONMENT, process.env)
  return {
    ...numbers,
    trustedProxies: parseTrustProxy(process.env.TRUST_PROXY),
    notifyEmail: process.env.LEADS_NOTIFY_EMAIL?.trim() || null,
    allowedReturnOrigins: [env.webOrigin, ...env.extraCorsOrigins],
    newsletterPageUrl: new URL(process.env.LEADS_NEWSLETTER_PATH ?? '/newsletter', env.webOrigin).href,
    cmsPublicUrl: env.serverUrl.replace(/\/$/, ''),
  }
}
