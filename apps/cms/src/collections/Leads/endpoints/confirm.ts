import type { Endpoint } from 'payload'

import { leadSettings } from '../settings'
import { hashConfirmToken } from '../tokens'
import { seeOther } from './http'

export type NewsletterOutcome = 'confirmed' | 'unsubscribed' | 'expired' | 'invalid'

export function newsletterPage(pageUrl: string, outcome: NewsletterOutcome): string {
  const url = new URL(pageUrl)
  url.searchParams.set('newsletter', outcome)
  return url.href
}

/**
 * GET /api/leads/confirm?token=… — the link in the double opt-in mail. Confirms the pending
 * sign-up the token belongs to and sends the visitor to the site's newsletter page with
 * `?newsletter=confirmed|expired|invalid`. Following it again says "confirmed" again and changes
 * nothing: Chromium repeats a GET whose response names client hints in `Critical-CH`, and mail
 * scanners open links, so one click can arrive twice (issue 18). Unsubscribing forgets the token.
 */
export const confirmEndpoint: Endpoint = {
  path: '/confirm',
  method: 'get',
  handler: async (req) => {
    const settings = leadSettings()
    const token = typeof req.query.token === 'string' ? req.query.token : ''
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return seeOther(newsletterPage(settings.newsletterPageUrl, 'invalid'))

    const found = await req.payload.find({
      collection: 'leads',
      where: {
        kind: { equals: 'newsletter' },
        newsletterStatus: { in: ['pending', 'confirmed'] },
        confirmTokenHash: { equals: hashConfirmToken(token) },
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const lead = found.docs[0]
    if (!lead) return seeOther(newsletterPage(settings.newsletterPageUrl, 'invalid'))

    if (lead.newsletterStatus === 'confirmed') return seeOther(newsletterPage(settings.newsletterPageUrl, 'confirmed'))

    const ageHours = (Date.now() - new Date(lead.createdAt).getTime()) / 3_600_000
    if (ageHours > settings.confirmLinkHours) return seeOther(newsletterPage(settings.newsletterPageUrl, 'expired'))

    await req.payload.update({
      collection: 'leads',
      id: lead.id,
      data: { newsletterStatus: 'confirmed', confirmedAt: new Date().toISOString() },
      overrideAccess: true,
    })
    return seeOther(newsletterPage(settings.newsletterPageUrl, 'confirmed'))
  },
}
