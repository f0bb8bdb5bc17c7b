import { CONSENT_TEXT } from '@clinic/leads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { outbox } from '../../src/email/outbox'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { SITE, createCondition, leadsByEmail, newClient, newsletter, packet, requester, setClinicEmail, uniqueEmail } from './support/leads'

let t: TestPayload
let api: ReturnType<typeof requester>
let conditionId: number
let conditionSlug: string

beforeAll(async () => {
  t = await startTestPayload()
  api = requester(t.config)
  const condition = await createCondition(t)
  conditionId = condition.id
  conditionSlug = condition.slug!
  await setClinicEmail(t, 'care@clinic.example')
})
afterAll(() => t?.stop())

describe('POST /api/leads/submit with JSON', () => {
  it('stores a packet request with its consent, and tells the clinic without the details', async () => {
    const body = packet(conditionId, { email: 'Ada.Lovelace@Example.ORG', status: 'handled', clientKey: 'forged', handledBy: 1 })
    const response = await api.json(body, { 'X-Forwarded-For': '198.51.100.23' })
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ status: 'sent', kind: 'information-packet', message: expect.any(String) })

    const [lead, ...others] = await leadsByEmail(t.payload, 'ada.lovelace@example.org')
    expect(others).toEqual([])
    expect(lead).toMatchObject({
      kind: 'information-packet',
      name: 'Ada Lovelace',
      phone: '+1 555 010 0199',
      condition: conditionId,
      preferredContact: 'email',
      message: 'My knee has hurt for two years.',
      consent: true,
      consentText: CONSENT_TEXT['information-packet'],
      sourcePage: '/conditions/knee',
      status: 'new',
      handledBy: null,
    })
    expect(Date.now() - new Date(lead!.consentedAt).getTime()).toBeLessThan(60_000)
    // A keyed hash of the address, never the address (nor what the visitor claimed).
    expect(lead!.clientKey).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(JSON.stringify(lead)).not.toContain('198.51.100.23')

    const [mail, ...more] = outbox.filter((m) => m.subject.includes(`#${lead!.id}`))
    expect(more).toEqual([])
    expect(mail!.to).toEqual(['care@clinic.example'])
    expect(mail!.text).toContain(`/admin/collections/leads/${lead!.id}`)
    for (const detail of ['Ada', 'lovelace', '555 010', 'knee', 'Knee']) expect(mail!.text).not.toContain(detail)
  })

  it('notifies LEADS_NOTIFY_EMAIL instead of the Site settings address when it is set', async () => {
    process.env.LEADS_NOTIFY_EMAIL = 'leads@clinic.example'
    try {
      expect((await api.json(packet(conditionId))).status).toBe(201)
      expect(outbox.at(-1)!.to).toEqual(['leads@clinic.example'])
    } finally {
      delete process.env.LEADS_NOTIFY_EMAIL
    }
  })

  it('accepts the condition by slug', async () => {
    const body = packet(conditionSlug)
    expect((await api.json(body)).status).toBe(201)
    expect((await leadsByEmail(t.payload, body.email))[0]!.condition).toBe(conditionId)
  })

  it('stores a newsletter sign-up as pending and mails the confirmation link, not the clinic', async () => {
    const body = newsletter({ name: 'Ignored', phone: '555' })
    const before = outbox.length
    const response = await api.json(body)
    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({ status: 'sent', kind: 'newsletter' })
    const [lead] = await leadsByEmail(t.payload, body.email)
    expect(lead).toMatchObject({
      kind: 'newsletter',
      newsletterStatus: 'pending',
      name: null,
      phone: null,
      consentText: CONSENT_TEXT.newsletter,
    })
    expect(lead!.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(outbox.slice(before).map((m) => m.to)).toEqual([[body.email]])
    expect(outbox.at(-1)!.text).toMatch(/\/api\/leads\/confirm\?token=[A-Za-z0-9_-]{43}/)
    expect(outbox.at(-1)!.text).toMatch(/\/api\/leads\/unsubscribe\?token=/)
  })

  it('names each invalid field with a code and a message', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ kind: 'brochure' }, 'kind', 'unknown-option'],
      [{ name: '' }, 'name', 'required'],
      [{ name: 'n'.repeat(101) }, 'name', 'too-long'],
      [{ email: 'not-an-email' }, 'email', 'invalid'],
      [{ email: '' }, 'email', 'required'],
      [{ phone: '12' }, 'phone', 'invalid'],
      [{ phone: '', preferredContact: 'phone' }, 'phone', 'required'],
      [{ condition: 999_999 }, 'condition', 'not-found'],
      [{ condition: 'no-such-condition' }, 'condition', 'not-found'],
      [{ condition: '' }, 'condition', 'required'],
      [{ preferredContact: 'pigeon' }, 'preferredContact', 'unknown-option'],
      [{ message: 'm'.repeat(2001) }, 'message', 'too-long'],
      [{ consent: false }, 'consent', 'not-accepted'],
      [{ consent: undefined }, 'consent', 'not-accepted'],
      [{ sourcePage: 'javascript:alert(1)' }, 'sourcePage', 'invalid'],
    ]
    for (const [override, field, code] of cases) {
      const body = packet(conditionId, override)
      const response = await api.json(body)
      expect(response.status, `${field} ${code}`).toBe(400)
      const result = await response.json()
      expect(result.status).toBe('invalid')
      expect(result.errors, `${field} ${code}`).toEqual([{ field, code, message: expect.any(String) }])
      expect(await leadsByEmail(t.payload, String(body.email || 'none@example.org'))).toEqual([])
    }
  })

  it('names every missing field at once', async () => {
    const response = await api.json({})
    expect(response.status).toBe(400)
    expect((await response.json()).errors.map((e: { field: string }) => e.field)).toEqual([
      'kind',
      'email',
      'consent',
      'name',
      'preferredContact',
      'condition',
    ])
  })

  it('answers a filled honeypot like a success and keeps nothing', async () => {
    const before = { leads: (await t.payload.count({ collection: 'leads', overrideAccess: true })).totalDocs, mails: outbox.length }
    const body = packet(conditionId, { website: 'http://cheap-pills.example' })
    const response = await api.json(body)
    expect(response.status).toBe(201)
    expect((await response.json()).status).toBe('sent')
    const nl = await api.json(newsletter({ website: 'x' }))
    expect(nl.status).toBe(201)
    expect((await t.payload.count({ collection: 'leads', overrideAccess: true })).totalDocs).toBe(before.leads)
    expect(outbox.length).toBe(before.mails)
  })

  it('refuses other content types, bodies that are not objects, and oversized bodies', async () => {
    const asText = await api.call('POST', '/leads/submit', {
      body: 'kind=newsletter',
      headers: { 'Content-Type': 'text/plain', ...newClient() },
    })
    expect(asText.status).toBe(415)
    const notJson = await api.call('POST', '/leads/submit', {
      body: '{"kind":',
      headers: { 'Content-Type': 'application/json', ...newClient() },
    })
    expect(notJson.status).toBe(400)
    expect((await notJson.json()).status).toBe('error')
    expect((await api.json([packet(conditionId)])).status).toBe(400)
    const huge = await api.json(packet(conditionId, { message: 'x'.repeat(20_000) }))
    expect(huge.status).toBe(413)
  })

  it('keeps script payloads as the plain text that was sent', async () => {
    const script = '<script>alert("xss")</script>'
    const body = packet(conditionId, { name: `${script}`, message: `${script}\n<img src=x onerror=alert(1)>` })
    expect((await api.json(body)).status).toBe(201)
    const [lead] = await leadsByEmail(t.payload, body.email)
    expect(lead!.name).toBe(script)
    expect(lead!.message).toBe(`${script}\n<img src=x onerror=alert(1)>`)
    // Structured fields do not take markup at all.
    for (const field of ['email', 'phone', 'preferredContact', 'kind', 'condition', 'sourcePage'] as const) {
      const response = await api.json(packet(conditionId, { [field]: script }))
      expect(response.status, field).toBe(400)
    }
  })
})

describe('POST /api/leads/submit as a plain form post', () => {
  const formPacket = (overrides: Record<string, string> = {}) => ({
    kind: 'information-packet',
    name: 'Grace Hopper',
    email: uniqueEmail('grace'),
    phone: '',
    condition: String(conditionId),
    preferredContact: 'email',
    message: '',
    consent: 'on',
    website: '',
    returnTo: `${SITE}/conditions/knee?ref=home#packet`,
    ...overrides,
  })

  it('stores the request and redirects back with ?lead=sent (303)', async () => {
    const fields = formPacket()
    const response = await api.form(fields)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${SITE}/conditions/knee?ref=home&lead=sent&kind=information-packet#packet`)
    const [lead] = await leadsByEmail(t.payload, fields.email)
    expect(lead).toMatchObject({ name: 'Grace Hopper', phone: null, message: null, condition: conditionId, consent: true })
  })

  it('signs up for the newsletter', async () => {
    const email = uniqueEmail('form-reader')
    const response = await api.form({ kind: 'newsletter', email, consent: 'on', returnTo: `${SITE}/` })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${SITE}/?lead=sent&kind=newsletter`)
    expect((await leadsByEmail(t.payload, email))[0]).toMatchObject({ newsletterStatus: 'pending' })
  })

  it('redirects with ?lead=error and one field= per field in error', async () => {
    const fields = formPacket({ email: 'nope', consent: '', preferredContact: 'phone' })
    const response = await api.form(fields)
    expect(response.status).toBe(303)
    const location = new URL(response.headers.get('location')!)
    expect(location.origin + location.pathname).toBe(`${SITE}/conditions/knee`)
    expect(location.searchParams.get('lead')).toBe('error')
    expect(location.searchParams.get('kind')).toBe('information-packet')
    expect(location.searchParams.getAll('field')).toEqual(['email', 'consent', 'phone'])
    expect(location.hash).toBe('#packet')
    // Nothing the visitor typed travels in the URL.
    expect(location.href).not.toContain('Grace')
  })

  it('uses the Referer when the form has no returnTo', async () => {
    const { returnTo: _returnTo, ...fields } = formPacket()
    const response = await api.form(fields, { ...newClient(), Referer: `${SITE}/about` })
    expect(response.headers.get('location')).toBe(`${SITE}/about?lead=sent&kind=information-packet`)
  })

  it('never redirects off the site: an unknown origin gets the site home page', async () => {
    for (const returnTo of ['https://evil.example/phish', '//evil.example/', `${SITE}.evil.example/`, 'javascript:alert(1)']) {
      const response = await api.form(formPacket({ returnTo }))
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe(`${SITE}/?lead=sent&kind=information-packet`)
    }
    const fromEvilReferer = await api.form({ kind: 'newsletter', email: 'x' }, { ...newClient(), Referer: 'https://evil.example/' })
    expect(new URL(fromEvilReferer.headers.get('location')!).origin).toBe(SITE)
  })

  it('answers a filled honeypot with ?lead=sent and keeps nothing', async () => {
    const fields = formPacket({ website: 'http://spam.example' })
    const response = await api.form(fields)
    expect(response.headers.get('location')).toContain('lead=sent')
    expect(await leadsByEmail(t.payload, fields.email)).toEqual([])
  })
})
