import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { CACHE_STATUS_HEADER } from '../../src/http/responseCache/withResponseCache'
import { articleData } from '../helpers/fixtures'
import { createPublishedArticle } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

/**
 * Issue 14 item 7: the public response cache stores only what Payload computed for nobody, and a
 * request carrying a credential in any spelling neither reads nor writes it. Every case is checked
 * against the cache table itself.
 */
let t: TestPayload
let jwt: string
let apiKey: string
const DRAFT_TITLE = `Staff-only draft ${randomUUID()}`
// A staff session sees draft-only articles in a plain list; that list must never be stored.
const LIST = '/articles?limit=100'

const rows = async () => {
  const { pool } = t.payload.db as unknown as PostgresAdapter
  const { rows } = await pool.query<{ body: string }>('select body from response_cache')
  return rows
}
const clearCache = async () => {
  const { pool } = t.payload.db as unknown as PostgresAdapter
  await pool.query('delete from response_cache')
}
const titles = async (response: Response) => ((await response.json()) as { docs: { title: string }[] }).docs.map((doc) => doc.title)

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  const editor = await createUser(t.payload, ['editor'])
  const login = await t.rest.post('/users/login', { email: editor.email, password: editor.password })
  jwt = ((await login.json()) as { token: string }).token
  apiKey = randomUUID()
  await t.payload.create({
    collection: 'users',
    data: {
      email: `key-${apiKey}@example.test`,
      password: 'pw-marketing-1',
      name: 'Marketing',
      roles: ['marketing'],
      enableAPIKey: true,
      apiKey,
    },
    overrideAccess: true,
  })
  await createPublishedArticle(t.payload, { title: 'Live for everyone' })
  await t.payload.create({ collection: 'articles', data: articleData({ title: DRAFT_TITLE }), draft: true, overrideAccess: true })
})
afterAll(() => t?.stop())
beforeEach(clearCache)

// Browsers send Sec-Fetch-Site; Payload accepts a session cookie only with it (or an allowed Origin).
const browser = { 'Sec-Fetch-Site': 'same-origin' }
const credentialVariants = (): [string, Record<string, string>][] => [
  ['cookie', { ...browser, Cookie: `payload-token=${jwt}` }],
  ['cookie with a space before =', { ...browser, Cookie: `payload-token =${jwt}` }],
  ['cookie with spaces around =', { ...browser, Cookie: `payload-token = ${jwt}` }],
  ['cookie after another, no space', { ...browser, Cookie: `theme=dark;payload-token=${jwt}` }],
  ['cookie after another, tabs and spaces', { ...browser, Cookie: `theme=dark;  \tpayload-token=${jwt}` }],
  ['cookie name in capitals', { ...browser, Cookie: `PAYLOAD-TOKEN=${jwt}` }],
  ['cookie name percent-encoded', { ...browser, Cookie: `payload%2Dtoken=${jwt}` }],
  ['cookie with the site as Origin', { Origin: 'http://localhost:5173', Cookie: `payload-token=${jwt}` }],
  ['Authorization: JWT', { Authorization: `JWT ${jwt}` }],
  ['Authorization: Bearer', { Authorization: `Bearer ${jwt}` }],
  ['Authorization in lower case', { authorization: `JWT ${jwt}` }],
  ['Authorization scheme in lower case', { Authorization: `jwt ${jwt}` }],
  ['an API key', { Authorization: `users API-Key ${apiKey}` }],
  ['an expired-looking token', { Authorization: 'JWT not.a.token' }],
]

describe('a request with a credential in any form', () => {
  it.each(credentialVariants())('%s: never writes the cache', async (_name, headers) => {
    const response = await t.rest.get(LIST, headers)
    expect(response.headers.get(CACHE_STATUS_HEADER)).toBeNull()
    expect(response.headers.get('cache-control')).not.toMatch(/public/)
    expect(await rows()).toEqual([])
  })

  it.each(credentialVariants())('%s: never reads an anonymous entry', async (_name, headers) => {
    await t.rest.get('/articles?limit=100')
    expect(await rows()).toHaveLength(1)
    const response = await t.rest.get('/articles?limit=100', headers)
    expect(response.headers.get(CACHE_STATUS_HEADER)).toBeNull()
  })

  it('a staff view with drafts is never served to visitors, whatever the cookie spelling', async () => {
    for (const [, headers] of credentialVariants()) await t.rest.get(LIST, headers)
    const anonymous = await t.rest.get(LIST)
    expect(await titles(anonymous)).toContain('Live for everyone')
    expect(await titles(await t.rest.get(LIST))).not.toContain(DRAFT_TITLE)
    for (const row of await rows()) expect(row.body).not.toContain(DRAFT_TITLE)
  })

  it('the spaced cookie is a real staff session (Payload accepts it), so it really saw the draft', async () => {
    const response = await t.rest.get(LIST, { ...browser, Cookie: `payload-token =${jwt}` })
    expect(await titles(response)).toContain(DRAFT_TITLE)
    expect(await rows()).toEqual([])
  })
})

describe('preview and draft endpoints, whatever the path encoding', () => {
  it.each([
    ['/articles/preview', 'plain'],
    ['/articles/previe%77', 'one letter encoded'],
    ['/articles/%70%72%65%76%69%65%77', 'every letter encoded'],
    ['/articles/PREVIEW', 'upper case (not the endpoint)'],
  ])('%s (%s) is never cached', async (path) => {
    const draft = await t.payload.create({
      collection: 'articles',
      data: articleData({ title: `Preview me ${randomUUID()}` }),
      draft: true,
      overrideAccess: true,
    })
    const editor = t.rest.withHeaders({ Authorization: `JWT ${jwt}` })
    const minted = (await (await editor.get(`/articles/${draft.id}/preview-url`)).json()) as { url: string }
    const token = new URL(minted.url).searchParams.get('token')!
    const response = await t.rest.get(`${path}?slug=${draft.slug}&token=${encodeURIComponent(token)}`)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get(CACHE_STATUS_HEADER)).toBeNull()
    expect(await rows()).toEqual([])
  })

  it('versions and draft reads by staff are never cached', async () => {
    const editor = t.rest.withHeaders({ Authorization: `JWT ${jwt}` })
    for (const path of ['/articles/versions', '/articles/%76ersions', '/articles?draft=true']) {
      const response = await editor.get(path)
      expect(response.headers.get('cache-control'), path).toBe('private, no-store')
    }
    expect(await rows()).toEqual([])
  })
})

describe('anonymous reads with no credential', () => {
  it('are the only ones stored', async () => {
    await t.rest.get('/articles?limit=100')
    const stored = await rows()
    expect(stored).toHaveLength(1)
    expect(stored[0]!.body).toContain('Live for everyone')
    expect(stored[0]!.body).not.toContain(DRAFT_TITLE)
  })
})
