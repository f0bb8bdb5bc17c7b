import type { Endpoint, PayloadHandler } from 'payload'

import { leadSettings } from '../settings'
import { leadIdFromUnsubscribeToken } from '../tokens'
import { newsletterPage } from './confirm'
import { json, seeOther } from './http'

/**
 * GET /api/leads/unsubscribe?token=… — the link in every newsletter mail — and the same as POST,
 * which mail clients use for one-click unsubscribe (RFC 8058, `List-Unsubscribe-Post`).
 * Unsubscribes the address of the sign-up the token belongs to, from every sign-up it has.
 * GET redirects to the site's newsletter page (`?newsletter=unsubscribed|invalid`); POST answers
 * JSON.
 */
const unsubscribe: PayloadHandler = async (req) => {
  const settings = leadSettings()
  const isPost = req.method?.toUpperCase() === 'POST'
  const reply = (outcome: 'unsubscribed' | 'invalid') =>
    isPost ? json({ status: outcome }, outcome === 'invalid' ? 400 : 200) : seeOther(newsletterPage(settings.newsletterPageUrl, outcome))

  const token = typeof req.query.token === 'string' ? req.query.token : ''
  const id = leadIdFromUnsubscribeToken(req.payload, token)
  if (id === null) return reply('invalid')

  const found = await req.payload.find({
    collection: 'leads',
    where: { id: { equals: id }, kind: { equals: 'newsletter' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const lead = found.docs[0]
  // Already deleted (retention) means already off the list.
  if (lead) {
    await req.payload.update({
      collection: 'leads',
      where: {
        kind: { equals: 'newsletter' },
        email: { equals: lead.email },
        newsletterStatus: { not_equals: 'unsubscribed' },
      },
      data: { newsletterStatus: 'unsubscribed', unsubscribedAt: new Date().toISOString(), confirmTokenHash: null },
      overrideAccess: true,
    })
  }
  return reply('unsubscribed')
}

export const unsubscribeEndpoints: Endpoint[] = [
  { path: '/unsubscribe', method: 'get', handler: unsubscribe },
  { path: '/unsubscribe', method: 'post', handler: unsubscribe },
]
