import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Condition } from '@clinic/shared-types'

import { LIMITS } from '../../src/http/guard/limits'
import { createRestHandlers } from '../../src/http/restHandlers'
import { articleData } from '../helpers/fixtures'
import { createPublishedArticle } from '../helpers/publishing'
import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

/**
 * Issue 15 items 1, 2, 6 and 8: every request is bounded and bad input is a 4xx naming the
 * parameter, for every caller, through the real REST handlers on a real database.
 */
let t: TestPayload
let handlers: ReturnType<typeof createRestHandlers>
let apiKey: string
let staffToken: string
let marketing: RestClient
let staff: RestClient
let publishedId: number
let conditionId: number
let draftId: number

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  handlers = createRestHandlers(t.config, t.config.routes.api)
  apiKey = randomUUID()
  await t.payload.create({
    collection: 'users',
    data: {
      email: `key-${apiKey}@example.test`,
      password: 'pw-marketing-1',
      name: 'Marketing key',
      roles: ['marketing'],
      enableAPIKey: true,
      apiKey,
    },
    overrideAccess: true,
  })
  const editor = await createUser(t.payload, ['editor'])
  const marketingUser = await createUser(t.payload, ['marketing'])
  staff = await t.rest.login(editor.email, editor.password)
  staffToken = (await (await t.rest.post('/users/login', { email: editor.email, password: editor.password })).json()).token
  marketing = await t.rest.login(marketingUser.email, marketingUser.password)
  const published = await createPublishedArticle(t.payload)
  publishedId = published.id
  conditionId = (published.conditions as (number | Condition)[]).map((c) => (typeof c === 'number' ? c : c.id))[0]!
  draftId = (
    await t.payload.create({
      collection: 'articles',
      data: { ...articleData(), conditions: [conditionId] },
      draft: true,
      overrideAccess: true,
    })
  ).id
})
afterAll(() => t?.stop())

const callers = () =>
  ({
    anonymous: {} as Record<string, string>,
    'API key': { Authorization: `users API-Key ${apiKey}` },
    'staff session': { Authorization: `JWT ${staffToken}` },
  }) as Record<string, Record<string, string>>

/** A raw request through the same handlers the Next.js route serves. */
function send(
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  init: { headers?: Record<string, string>; body?: BodyInit; duplex?: 'half' } = {},
) {
  const url = new URL(`${t.config.serverURL}${t.config.routes.api}${path}`)
  const slug = url.pathname
    .slice(t.config.routes.api.length + 1)
    .split('/')
    .map(decodeURIComponent)
  const request = new Request(url, {
    method,
    headers: init.headers,
    body: init.body,
    ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

const message = async (response: Response) => ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message
const manyOr = (n: number) => Array.from({ length: n }, (_, i) => `where[or][${i}][conditions.slug][equals]=x${i}`).join('&')

describe('item 1: query shape is bounded for every caller', () => {
  it.each(Object.keys(callers()))('as %s, 999 or-conditions by method override are refused with 400/413 naming the limit', async (who) => {
    const response = await send('POST', '/articles', {
      headers: { ...callers()[who], 'X-Payload-HTTP-Method-Override': 'GET', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: manyOr(999),
    })
    expect([400, 413]).toContain(response.status)
    expect(await message(response)).toMatch(/bytes|conditions/)
  })

  it.each(Object.keys(callers()))('as %s, conditions beyond the limit in a GET are refused, within it answered', async (who) => {
    const tier = who === 'staff session' ? 'staff' : 'public'
    const max = LIMITS[tier].conditions
    const over = await send('GET', `/articles?${manyOr(max + 1)}`, { headers: callers()[who] })
    expect(over.status).toBe(400)
    expect(await message(over)).toMatch(new RegExp(`(more than ${max} conditions|longer than)`))
    const within = await send('GET', `/articles?${manyOr(Math.min(max, 10))}`, { headers: callers()[who] })
    expect(within.status).toBe(200)
  })

  it('a method-override form body goes through the same checks as a GET and answers like one', async () => {
    const response = await send('POST', '/articles', {
      headers: { 'X-Payload-HTTP-Method-Override': 'GET', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `where[id][equals]=${publishedId}&depth=0`,
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id)).toEqual([publishedId])
  })

  it.each(Object.keys(callers()))(
    'as %s, a choice field compared with a value it cannot hold is a 400 naming the values, not a database error',
    async (who) => {
      for (const query of ['where[_status][equals]=', 'where[_status][in]=published,nonsense', 'where[type][equals]=press-release']) {
        const response = await send('GET', `/articles?${query}`, { headers: callers()[who] })
        expect(response.status, query).toBe(400)
        expect(await message(response)).toMatch(/must be one of: /)
      }
      expect((await send('GET', '/articles?where[_status][equals]=published', { headers: callers()[who] })).status).toBe(200)
      expect((await send('GET', '/articles?where[type][in]=research-summary,lifestyle-post', { headers: callers()[who] })).status).toBe(200)
    },
  )

  it('nesting, hops, sort fields and depth are bounded', async () => {
    const nested = 'where[or][0][and][0][or][0][and][0][or][0][title][equals]=x'
    expect((await send('GET', `/articles?${nested}`, { headers: callers()['staff session'] })).status).toBe(400)
    expect(await message(await send('GET', `/articles?${nested}`))).toMatch(/nests and\/or more than/)
    expect(
      await message(
        await send('GET', '/articles?where[conditions.relatedArticles.author.sessions.id][equals]=x', {
          headers: callers()['staff session'],
        }),
      ),
    ).toMatch(/hop/)
    expect(await message(await send('GET', '/articles?depth=4'))).toMatch(/depth must be a whole number from 0 to 3/)
    expect(await message(await send('GET', '/articles?sort=title,slug,publishedAt'))).toMatch(/sort may name at most 2/)
  })

  it('joins: limit 0 (unlimited) is refused for staff; public readers may only turn joins off', async () => {
    const zero = await send('GET', '/conditions?joins[relatedArticles][limit]=0', { headers: callers()['staff session'] })
    expect(zero.status).toBe(400)
    expect(await message(zero)).toMatch(/joins\[relatedArticles\]\[limit\] must be a whole number from 1 to 100/)
    expect((await send('GET', '/conditions?joins[relatedArticles][limit]=5', { headers: callers()['staff session'] })).status).toBe(200)
    for (const who of ['anonymous', 'API key']) {
      expect((await send('GET', '/conditions?joins[relatedArticles][limit]=0', { headers: callers()[who] })).status).toBe(400)
      expect((await send('GET', '/conditions?joins=false', { headers: callers()[who] })).status).toBe(200)
    }
  })

  it('unknown parameters on public reads are refused for public callers, so they cannot mint cache entries', async () => {
    for (const who of ['anonymous', 'API key']) {
      const response = await send('GET', '/articles?limit=5&junk=1', { headers: callers()[who] })
      expect(response.status).toBe(400)
      expect(await message(response)).toMatch(/Unknown parameter "junk"/)
    }
  })

  it('an over-long URL is refused', async () => {
    const response = await send('GET', `/articles?where[title][equals]=${'x'.repeat(LIMITS.public.urlBytes)}`)
    expect(response.status).toBe(400)
    expect(await message(response)).toMatch(/longer than/)
  })
})

describe('item 2: request bodies are bounded before they are read', () => {
  it.each(Object.keys(callers()))('as %s, a body streamed without Content-Length stops being read at the limit (413)', async (who) => {
    let pulled = 0
    const chunk = new Uint8Array(64 * 1024).fill(0x20)
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength
        if (pulled > 100 * 1024 * 1024) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const response = await send('POST', '/users/login', {
      headers: { ...callers()[who], 'Content-Type': 'application/json' },
      body: stream,
    })
    expect(response.status).toBe(413)
    expect(await message(response)).toMatch(/larger than \d+ bytes/)
    expect(pulled).toBeLessThan(LIMITS.staff.bodyBytes + 1024 * 1024)
  })

  it('a declared Content-Length above the limit is refused without reading the body', async () => {
    let pulled = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1
        controller.enqueue(new Uint8Array(1024))
      },
    })
    const response = await send('POST', '/users/login', {
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(100 * 1024 * 1024) },
      body: stream,
    })
    expect(response.status).toBe(413)
    expect(pulled).toBeLessThanOrEqual(1)
  })
})

describe('item 6: public callers cannot filter, sort or select on what they cannot read', () => {
  const probes = [
    '/articles?where[author.sessions.createdAt][less_than]=2100-01-01',
    '/articles?where[author.sessions.id][like]=a',
    '/articles?where[author.email][like]=a',
    '/articles?where[author][equals]=1',
    '/articles?sort=author.hash',
    '/articles?sort=-author',
    '/articles?select[author]=true',
    '/articles?where[reviewedBy][exists]=true',
    `/conditions?where[relatedArticles][equals]=${1}`,
    '/conditions?where[relatedArticles.title][like]=a',
    '/users?where[email][like]=a',
  ]
  it.each(['anonymous', 'API key', 'marketing session'])('as %s, every probe is refused with 400 naming the field', async (who) => {
    for (const probe of probes) {
      const response = who === 'marketing session' ? await marketing.get(probe) : await send('GET', probe, { headers: callers()[who] })
      expect(response.status, probe).toBe(400)
      expect(await message(response), probe).toMatch(/cannot be filtered or sorted on|is not available|relationship hop/)
    }
  })

  it('join membership does not reveal which drafts exist', async () => {
    const response = await send('GET', `/conditions?where[relatedArticles][equals]=${draftId}`)
    expect(response.status).toBe(400)
  })

  it('staff may still filter on the author', async () => {
    expect((await staff.get('/articles?where[author][exists]=true')).status).toBe(200)
  })

  it('API keys read no edit locks, and marketing only those on leads (payload-locked-documents)', async () => {
    // Someone is editing a draft article: who, and that the draft exists, is staff business.
    const { docs: editors } = await t.payload.find({
      collection: 'users',
      where: { roles: { contains: 'editor' } },
      limit: 1,
      overrideAccess: true,
    })
    await t.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'articles', value: draftId },
        globalSlug: null,
        user: { relationTo: 'users', value: editors[0]!.id },
      },
      overrideAccess: true,
    })
    expect((await send('GET', '/payload-locked-documents', { headers: callers()['API key'] })).status).toBe(403)
    const seenByMarketing = await marketing.get('/payload-locked-documents?depth=0')
    expect(seenByMarketing.status).toBe(200)
    expect(((await seenByMarketing.json()) as { docs: unknown[] }).docs).toEqual([])
    const seenByStaff = await staff.get('/payload-locked-documents?depth=0')
    expect(seenByStaff.status).toBe(200)
    expect(((await seenByStaff.json()) as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
  })
})

describe('item 8: bad input answers 4xx naming the parameter, never 500', () => {
  const cases: [string, 'GET' | 'POST', string, Record<string, string>, BodyInit | undefined, number, RegExp][] = [
    ['negative page', 'GET', '/articles?page=-5', {}, undefined, 400, /page must be a whole number/],
    ['where as text', 'GET', '/articles?where=abc', {}, undefined, 400, /where must be/],
    [
      'id beyond integer',
      'GET',
      '/articles?where[id][equals]=99999999999999999999',
      {},
      undefined,
      400,
      /where\[id\]\[equals\] must be an id/,
    ],
    ['an id that is not a number', 'GET', '/articles/abc', {}, undefined, 404, /Not Found|not found/i],
    ['a text/plain body', 'POST', '/articles', { 'Content-Type': 'text/plain' }, 'hello', 415, /Content-Type text\/plain is not accepted/],
    [
      'an XML body',
      'POST',
      '/users/login',
      { 'Content-Type': 'application/xml' },
      '<a/>',
      415,
      /Content-Type application\/xml is not accepted/,
    ],
    ['an unknown operator', 'GET', '/articles?where[title][regex]=x', {}, undefined, 400, /unknown operator/],
    ['a pattern on an id', 'GET', '/articles?where[id][contains]=1', {}, undefined, 400, /an id can be compared with equals/],
    ['a date that is no date', 'GET', '/articles?where[publishedAt][less_than]=soon', {}, undefined, 400, /must be a date/],
    ['a pattern on a choice field', 'GET', '/articles?where[type][like]=research', {}, undefined, 400, /a choice field is compared with/],
    ['malformed JSON', 'POST', '/users/login', { 'Content-Type': 'application/json' }, '{', 400, /Invalid JSON/],
  ]
  it.each(Object.keys(callers()))('as %s', async (who) => {
    for (const [name, method, path, headers, body, status, pattern] of cases) {
      const response = await send(method, path, { headers: { ...callers()[who], ...headers }, body })
      expect(response.status, name).toBe(status)
      expect(await message(response), name).toMatch(pattern)
    }
  })

  it('a missing media file answers 403, as one no published content shows does (nothing tells them apart)', async () => {
    expect((await send('GET', '/media/file/does-not-exist.png')).status).toBe(403)
  })
})
