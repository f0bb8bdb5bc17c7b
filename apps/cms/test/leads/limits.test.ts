import { sql } from '@payloadcms/db-postgres'
import { getPayload, handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../src/utilities/closePayload'
import { bundleCmsFile, runNode } from '../helpers/nodeScripts'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { SITE, createCondition, leadsByEmail, newClient, newsletter, packet, query, requester, uniqueEmail } from './support/leads'

let t: TestPayload
let api: ReturnType<typeof requester>
let conditionId: number

beforeAll(async () => {
  process.env.LEADS_RATE_LIMIT_MAX = '5'
  process.env.LEADS_RATE_LIMIT_WINDOW_SECONDS = '600'
  process.env.LEADS_DUPLICATE_WINDOW_SECONDS = '600'
  t = await startTestPayload()
  api = requester(t.config)
  conditionId = (await createCondition(t)).id
})
afterAll(() => t?.stop())

type CounterRow = { key: string; count: string; window_start: Date }
const counters = () => query<CounterRow>(t.payload, sql`select "key", "count", "window_start" from "rate_limit_hits" order by "key"`)

/** Moves every counter's window start back, as if that much time had passed. */
const rewind = (seconds: number) =>
  query(t.payload, sql`update "rate_limit_hits" set "window_start" = "window_start" - make_interval(secs => ${seconds})`)

describe('duplicate window', () => {
  it('answers the same kind from the same e-mail within the window with 409, keeping one row', async () => {
    const body = packet(conditionId)
    expect((await api.json(body)).status).toBe(201)
    const again = await api.json({ ...body, email: body.email.toUpperCase(), message: 'Sent twice' })
    expect(again.status).toBe(409)
    expect(await again.json()).toMatchObject({ status: 'duplicate', kind: 'information-packet', message: expect.any(String) })
    expect(await leadsByEmail(t.payload, body.email)).toHaveLength(1)

    // The other form from the same address is not a duplicate.
    expect((await api.json(newsletter({ email: body.email }))).status).toBe(201)
    expect(await leadsByEmail(t.payload, body.email)).toHaveLength(2)
  })

  it('tells a plain form post ?lead=duplicate', async () => {
    const email = uniqueEmail()
    const fields = { kind: 'newsletter', email, consent: 'on', returnTo: `${SITE}/news` }
    expect((await api.form(fields)).headers.get('location')).toBe(`${SITE}/news?lead=sent&kind=newsletter`)
    expect((await api.form(fields)).headers.get('location')).toBe(`${SITE}/news?lead=duplicate&kind=newsletter`)
  })

  it('accepts the same request again once the window has passed', async () => {
    const body = packet(conditionId)
    expect((await api.json(body)).status).toBe(201)
    expect((await api.json(body)).status).toBe(409)
    await rewind(601)
    expect((await api.json(body)).status).toBe(201)
    expect(await leadsByEmail(t.payload, body.email)).toHaveLength(2)
  })

  it('does not use up the window on an invalid submission', async () => {
    const body = packet(conditionId, { consent: false })
    expect((await api.json(body)).status).toBe(400)
    expect((await api.json({ ...body, consent: true })).status).toBe(201)
  })
})

describe('rate limit per client', () => {
  it('allows 5 submissions per 10 minutes from one client, counting invalid ones, then 429 with Retry-After', async () => {
    const client = { 'X-Forwarded-For': '198.51.100.77' }
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) {
      statuses.push((await api.json(i === 2 ? { kind: 'newsletter' } : newsletter(), client)).status)
    }
    expect(statuses).toEqual([201, 201, 400, 201, 201])
    const limited = await api.json(newsletter(), client)
    expect(limited.status).toBe(429)
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(590)
    expect(retryAfter).toBeLessThanOrEqual(600)
    expect(await limited.json()).toMatchObject({ status: 'rate-limited', retryAfterSeconds: retryAfter })

    // Another client is unaffected; a plain form post from the limited one is told so.
    expect((await api.json(newsletter(), newClient())).status).toBe(201)
    const form = await api.form({ kind: 'newsletter', email: uniqueEmail(), consent: 'on', returnTo: `${SITE}/` }, client)
    expect(form.headers.get('location')).toBe(`${SITE}/?lead=rate-limited&kind=newsletter`)
  })

  it('counts a rejected honeypot too, and opens again when the window has passed', async () => {
    const client = { 'X-Forwarded-For': '198.51.100.78' }
    for (let i = 0; i < 5; i++) expect((await api.json(newsletter({ website: 'bot' }), client)).status).toBe(201)
    expect((await api.json(newsletter(), client)).status).toBe(429)
    await rewind(601)
    expect((await api.json(newsletter(), client)).status).toBe(201)
  })

  it('keeps the counters in PostgreSQL under hashed keys, never the address or e-mail', async () => {
    const client = { 'X-Forwarded-For': '198.51.100.79' }
    const body = newsletter()
    await api.json(body, client)
    const rows = await counters()
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row.key).toMatch(/^(submit|duplicate:(information-packet|newsletter)):?[A-Za-z0-9_-]{43}$/)
      expect(row.key).not.toContain('198.51.100')
      expect(row.key).not.toContain('@')
    }
  })

  it('uses only the address the trusted proxy added when TRUST_PROXY is set', async () => {
    process.env.TRUST_PROXY = 'true'
    try {
      // A client rotating a forged first hop is still one client behind the proxy.
      const statuses: number[] = []
      for (let i = 0; i < 6; i++) {
        statuses.push((await api.json(newsletter(), { 'X-Forwarded-For': `10.9.8.${i}, 203.0.113.50` })).status)
      }
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    } finally {
      delete process.env.TRUST_PROXY
    }
  })
})

describe('limits shared by several CMS instances', () => {
  it('counts one client across two Payload instances in this process (separate pools, same database)', async () => {
    const key = 'second-instance'
    await getPayload({ config: t.config, key })
    const viaSecond = (body: unknown, forwardedFor: string) =>
      handleEndpoints({
        config: t.config,
        payloadInstanceCacheKey: key,
        request: new Request(`${t.config.serverURL}/api/leads/submit`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
          body: JSON.stringify(body),
        }),
      })
    try {
      const ip = '198.51.100.90'
      const first = await Promise.all([0, 1, 2].map(() => api.json(newsletter(), { 'X-Forwarded-For': ip })))
      const second = await Promise.all([0, 1, 2].map(() => viaSecond(newsletter(), ip)))
      const statuses = [...first, ...second].map((r) => r.status).sort()
      // Six concurrent hits on two instances: exactly five get through.
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429])

      // The same duplicate, sent to both instances at once, is stored once.
      const body = packet(conditionId)
      const pair = await Promise.all([api.json(body), viaSecond(body, '198.51.100.91')])
      expect(pair.map((r) => r.status).sort()).toEqual([201, 409])
      expect(await leadsByEmail(t.payload, body.email)).toHaveLength(1)
    } finally {
      const second = await getPayload({ config: t.config, key })
      await closePayload(second)
    }
  })

  it('counts one client across this process and a CMS started in another process', { timeout: 120_000 }, async () => {
    const ip = '198.51.100.95'
    expect((await api.json(newsletter(), { 'X-Forwarded-For': ip })).status).toBe(201)
    expect((await api.json(newsletter(), { 'X-Forwarded-For': ip })).status).toBe(201)

    const bodies = [newsletter(), newsletter(), newsletter(), newsletter()]
    const anotherInstance = await bundleCmsFile('test/leads/support/anotherInstance.ts')
    const { stdout } = await runNode([anotherInstance, JSON.stringify(bodies), ip], {
      env: { ...process.env, JOBS_AUTORUN: 'false', LOG_LEVEL: 'fatal' },
      timeoutMs: 110_000,
    })
    // Two here, then three more there make five; the sixth is refused over there…
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual([201, 201, 201, 429])
    // …and the other process's hits count here too.
    expect((await api.json(newsletter(), { 'X-Forwarded-For': ip })).status).toBe(429)
    for (const body of bodies.slice(0, 3)) expect(await leadsByEmail(t.payload, body.email)).toHaveLength(1)
  })
})
