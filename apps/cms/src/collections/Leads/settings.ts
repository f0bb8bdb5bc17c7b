import { env } from '../../env'
import { readSetting } from '../../envTable'

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

/** Read when used (not at import), so each test file and each deployment can choose its own windows. */
export function leadSettings(): LeadSettings {
  return {
    rateLimitMax: readSetting('leadsRateLimitMax'),
    rateLimitWindowSeconds: readSetting('leadsRateLimitWindowSeconds'),
    duplicateWindowSeconds: readSetting('leadsDuplicateWindowSeconds'),
    retentionDays: readSetting('leadsRetentionDays'),
    confirmLinkHours: readSetting('leadsConfirmLinkHours'),
    trustedProxies: readSetting('trustProxy'),
    notifyEmail: readSetting('leadsNotifyEmail')?.trim() || null,
    allowedReturnOrigins: [env.webOrigin, ...env.extraCorsOrigins],
    newsletterPageUrl: new URL(readSetting('leadsNewsletterPath'), env.webOrigin).href,
    cmsPublicUrl: env.serverUrl.replace(/\/$/, ''),
  }
}
