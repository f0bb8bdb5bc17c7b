import type { Payload } from 'payload'

import type { Lead } from '@clinic/shared-types'

import type { LeadSettings } from './settings'
import { confirmUrl, unsubscribeUrl } from './tokens'

async function clinic(payload: Payload): Promise<{ name: string; email: string | null }> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  return { name: settings.clinicName || 'The clinic', email: settings.email || null }
}

/**
 * Tells the clinic a packet was requested. On purpose the message says only that and where to
 * look: what the visitor wrote is health-related and stays in the CMS, behind a sign-in, rather
 * than in mailboxes and mail servers.
 */
export async function notifyClinic(payload: Payload, lead: Lead, settings: LeadSettings): Promise<boolean> {
  const { name, email } = await clinic(payload)
  const to = settings.notifyEmail ?? email
  if (!to) {
    payload.logger.warn('A packet request arrived but no notification address is set (LEADS_NOTIFY_EMAIL or Site settings e-mail).')
    return false
  }
  const link = `${settings.cmsPublicUrl}${payload.config.routes.admin}/collections/leads/${lead.id}`
  await payload.sendEmail({
    to,
    subject: `New information packet request (#${lead.id})`,
    text: [
      `A visitor asked ${name} for the information packet (${lead.createdAt}).`,
      '',
      `Open the request in the CMS (sign-in required): ${link}`,
      '',
      'The details the visitor entered are kept in the CMS only, not in this e-mail.',
    ].join('\n'),
  })
  return true
}

/** The double opt-in mail: a confirmation link, and the unsubscribe link every newsletter mail carries. */
export async function sendNewsletterConfirmation(payload: Payload, lead: Lead, token: string, settings: LeadSettings): Promise<void> {
  const { name } = await clinic(payload)
  const api = payload.config.routes.api
  const confirm = confirmUrl(settings.cmsPublicUrl, api, token)
  const unsubscribe = unsubscribeUrl(settings.cmsPublicUrl, api, payload, lead.id)
  await payload.sendEmail({
    to: lead.email,
    subject: `Please confirm your subscription to the ${name} newsletter`,
    text: [
      `Someone, hopefully you, asked to receive the ${name} newsletter at this address.`,
      '',
      `To confirm, open this link within ${Math.round(settings.confirmLinkHours / 24)} days:`,
      confirm,
      '',
      'If it was not you, ignore this e-mail: nothing will be sent without your confirmation.',
      '',
      `Unsubscribe at any time: ${unsubscribe}`,
    ].join('\n'),
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  })
}
