import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { outbox } from '../../src/email/outbox'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { SITE, leadsByEmail, newsletter, requester } from './support/leads'

let t: TestPayload
let api: ReturnType<typeof requester>

beforeAll(async () => {
  t = await startTestPayload()
  api = requester(t.config)
})
afterAll(() => t?.stop())

/** Signs up and returns the links from the confirmation mail, as paths below /api. */
async function signUp(email: string) {
  expect((await api.json(newsletter({ email }))).status).toBe(201)
  const mail = outbox.filter((m) => m.to.includes(email)).at(-1)
  expect(mail, `confirmation mail to ${email}`).toBeDefined()
  const link = (name: string) => {
    const match = new RegExp(`http://localhost:3000/api(/leads/${name}\\?token=[^\\s]+)`).exec(mail!.text)
    expect(match, `${name} link`).not.toBeNull()
    return match![1]!
  }
  return { confirm: link('confirm'), unsubscribe: link('unsubscribe'), mail: mail! }
}

const landing = (status: string) => `${SITE}/newsletter?newsletter=${status}`

describe('newsletter double opt-in', () => {
  it('counts an address as subscribed only after the link in the mail is followed; following it again changes nothing', async () => {
    const email = 'opt-in@example.org'
    const { confirm, mail } = await signUp(email)
    expect(mail.subject).toMatch(/confirm/i)
    expect((await leadsByEmail(t.payload, email))[0]!.newsletterStatus).toBe('pending')

    const response = await api.get(confirm)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(landing('confirmed'))
    const [lead] = await leadsByEmail(t.payload, email)
    expect(lead).toMatchObject({ newsletterStatus: 'confirmed' })
    expect(Date.now() - new Date(lead!.confirmedAt!).getTime()).toBeLessThan(60_000)

    // One click can arrive twice (a browser repeating the GET, a mail scanner): the same answer, nothing changed.
    for (let i = 0; i < 2; i++) expect((await api.get(confirm)).headers.get('location')).toBe(landing('confirmed'))
    const after = await leadsByEmail(t.payload, email)
    expect(after).toHaveLength(1)
    expect(after[0]).toMatchObject({ newsletterStatus: 'confirmed', confirmedAt: lead!.confirmedAt })
  })

  it('refuses made-up and expired tokens', async () => {
    expect((await api.get('/leads/confirm?token=' + 'A'.repeat(43))).headers.get('location')).toBe(landing('invalid'))
    expect((await api.get('/leads/confirm?token=%3Cscript%3E')).headers.get('location')).toBe(landing('invalid'))
    expect((await api.get('/leads/confirm')).headers.get('location')).toBe(landing('invalid'))

    const email = 'late@example.org'
    const { confirm } = await signUp(email)
    const [lead] = await leadsByEmail(t.payload, email)
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString()
    await t.payload.db.updateOne({ collection: 'leads', id: lead!.id, data: { createdAt: eightDaysAgo } })
    expect((await api.get(confirm)).headers.get('location')).toBe(landing('expired'))
    expect((await leadsByEmail(t.payload, email))[0]!.newsletterStatus).toBe('pending')
  })

  it('does not sign up a confirmed address twice, and answers exactly as for a new one', async () => {
    const email = 'already@example.org'
    const { confirm } = await signUp(email)
    await api.get(confirm)
    // Past the duplicate window (cleared here), a second sign-up is acknowledged but adds nothing.
    await t.payload.db.deleteMany({ collection: 'rate-limit-hits', where: {} })
    const mails = outbox.length
    const again = await api.json(newsletter({ email }))
    expect(again.status).toBe(201)
    expect((await again.json()).status).toBe('sent')
    expect(await leadsByEmail(t.payload, email)).toHaveLength(1)
    expect(outbox.length).toBe(mails)
  })
})

describe('unsubscribing', () => {
  it('works from the link in the mail, for every sign-up of that address, and confirm links die with it', async () => {
    const email = 'leaving@example.org'
    const first = await signUp(email)
    await api.get(first.confirm)
    const [firstLead] = await leadsByEmail(t.payload, email)
    // A second, still pending sign-up of the same address: made possible by briefly not counting
    // the first as confirmed and clearing the duplicate window.
    await t.payload.update({ collection: 'leads', id: firstLead!.id, data: { newsletterStatus: 'unsubscribed' }, overrideAccess: true })
    await t.payload.db.deleteMany({ collection: 'rate-limit-hits', where: {} })
    const second = await signUp(email)
    await t.payload.update({ collection: 'leads', id: firstLead!.id, data: { newsletterStatus: 'confirmed' }, overrideAccess: true })
    expect((await leadsByEmail(t.payload, email)).map((l) => l.newsletterStatus).sort()).toEqual(['confirmed', 'pending'])

    const response = await api.get(first.unsubscribe)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(landing('unsubscribed'))
    const leads = await leadsByEmail(t.payload, email)
    expect(leads).toHaveLength(2)
    for (const lead of leads) {
      expect(lead.newsletterStatus).toBe('unsubscribed')
      expect(lead.confirmTokenHash).toBeNull()
      expect(lead.unsubscribedAt).toBeTruthy()
    }
    // The pending sign-up's confirm link no longer re-subscribes the address.
    expect((await api.get(second.confirm)).headers.get('location')).toBe(landing('invalid'))
    // Following the unsubscribe link again is harmless.
    expect((await api.get(first.unsubscribe)).headers.get('location')).toBe(landing('unsubscribed'))
  })

  it('answers one-click unsubscribe (POST, RFC 8058) with JSON, and carries the headers mail clients need', async () => {
    const email = 'one-click@example.org'
    const { confirm, unsubscribe } = await signUp(email)
    await api.get(confirm)
    const response = await api.call('POST', unsubscribe, {
      body: 'List-Unsubscribe=One-Click',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'unsubscribed' })
    expect((await leadsByEmail(t.payload, email))[0]!.newsletterStatus).toBe('unsubscribed')
  })

  it('refuses tokens it did not issue', async () => {
    const email = 'tamper@example.org'
    const { unsubscribe } = await signUp(email)
    const [lead] = await leadsByEmail(t.payload, email)
    const other = unsubscribe.replace(`token=${lead!.id}.`, `token=${lead!.id + 1}.`)
    expect((await api.get(other)).headers.get('location')).toBe(landing('invalid'))
    expect((await api.get('/leads/unsubscribe?token=1.abc')).headers.get('location')).toBe(landing('invalid'))
    expect((await api.call('POST', '/leads/unsubscribe?token=nope')).status).toBe(400)
    expect((await leadsByEmail(t.payload, email))[0]!.newsletterStatus).toBe('pending')
  })
})
