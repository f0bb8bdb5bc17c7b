import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPublishedArticle } from '../helpers/publishing'
import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import { actAll, signInEveryone } from '../workflow/helpers'

let t: TestPayload
let editor: RestClient
let apiKey: string

beforeAll(async () => {
  t = await startTestPayload()
  const user = await createUser(t.payload, ['editor'])
  editor = await t.rest.login(user.email, user.password)
  apiKey = randomUUID()
  await t.payload.create({
    collection: 'users',
    data: { email: 'feed@example.test', password: 'pw-feed-1', name: 'Feed', roles: ['marketing'], enableAPIKey: true, apiKey },
    overrideAccess: true,
  })
})
afterAll(() => t?.stop())

const publish = (overrides: Record<string, unknown> = {}) => createPublishedArticle(t.payload, overrides)

describe('published reads', () => {
  it.each([
    ['a list', '/articles?limit=5'],
    ['one document', 'DOC'],
    ['a global', '/globals/site-settings'],
  ])('carry a strong ETag and a shared-cache policy (%s)', async (_case, path) => {
    const article = await publish()
    const url = path === 'DOC' ? `/articles/${article.id}` : path
    for (const client of [t.rest, t.rest.withHeaders({ Authorization: `users API-Key ${apiKey}` })]) {
      const response = await client.get(url)
      expect(response.status).toBe(200)
      expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/)
      expect(response.headers.get('cache-control')).toMatch(/public/)
      expect(response.headers.get('cache-control')).toMatch(/s-maxage=\d+/)
      expect(response.headers.get('cache-control')).toMatch(/stale-while-revalidate=\d+/)
    }
  })

  it('answer If-None-Match with 304 and no body', async () => {
    const article = await publish()
    const first = await t.rest.get(`/articles/${article.id}`)
    const etag = first.headers.get('etag')!
    const again = await t.rest.get(`/articles/${article.id}`, { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    const other = await t.rest.get(`/articles/${article.id}`, { 'If-None-Match': '"something-else"' })
    expect(other.status).toBe(200)
  })

  it('answer HEAD with the same status and ETag as GET and no body', async () => {
    const article = await publish()
    const get = await t.rest.get(`/articles/${article.id}`)
    const head = await t.rest.head(`/articles/${article.id}`)
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
    expect(head.headers.get('cache-control')).toBe(get.headers.get('cache-control'))
    expect(await head.text()).toBe('')
    expect((await t.rest.head(`/articles/${article.id}`, { 'If-None-Match': get.headers.get('etag')! })).status).toBe(304)
  })

  it('change their ETag at once when live content is re-published, unpublished or published, and not for drafts', async () => {
    const { as } = await signInEveryone(t)
    const article = await publish({ title: 'Before the edit' })
    const list = '/articles?limit=100&sort=-updatedAt'
    const etagOf = async (path: string) => (await t.rest.get(path)).headers.get('etag')
    const one = `/articles/${article.id}`

    const original = [await etagOf(one), await etagOf(list)]
    expect((await as.editor.patch(`${one}?draft=true`, { title: 'After the edit' })).status).toBe(200)
    expect([await etagOf(one), await etagOf(list)]).toEqual(original)

    await actAll(article.id, [
      [as.editor, 'submit'],
      [as.reviewer, 'approve'],
      [as.publisher, 'publish'],
    ])
    const republished = [await etagOf(one), await etagOf(list)]
    expect(republished[0]).not.toBe(original[0])
    expect(republished[1]).not.toBe(original[1])
    expect((await t.rest.get(one, { 'If-None-Match': original[0]! })).status).toBe(200)

    await actAll(article.id, [[as.publisher, 'unpublish']])
    const afterUnpublish = await etagOf(list)
    expect(afterUnpublish).not.toBe(republished[1])

    await publish({ title: 'A new summary' })
    expect(await etagOf(list)).not.toBe(afterUnpublish)
  })
})

describe('private reads', () => {
  it('are private, no-store for signed-in staff', async () => {
    const article = await publish()
    const response = await editor.get(`/articles/${article.id}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  it('are private, no-store when they ask for drafts or versions', async () => {
    expect((await editor.get('/articles?draft=true')).headers.get('cache-control')).toBe('private, no-store')
    expect((await editor.get('/articles/versions')).headers.get('cache-control')).toBe('private, no-store')
    expect((await t.rest.get('/users/me')).headers.get('cache-control')).toBe('private, no-store')
  })
})

describe('limits', () => {
  it('cap the page size so one request cannot ask for everything', async () => {
    for (const query of ['limit=5000', 'limit=0', 'pagination=false']) {
      const body = await (await t.rest.get(`/articles?${query}`)).json()
      expect(body.limit, query).toBe(100)
    }
    expect((await (await t.rest.get('/articles?limit=12')).json()).limit).toBe(12)
  })

  it('keep filtering, field selection and depth working as Payload documents them', async () => {
    const article = await publish({ type: 'lifestyle-post' })
    const body = await (
      await t.rest.get(`/articles?where[type][equals]=lifestyle-post&where[slug][equals]=${article.slug}&select[title]=true&depth=0`)
    ).json()
    expect(body.docs).toEqual([{ id: article.id, title: article.title }])
  })
})

describe('CORS', () => {
  it('allows the site and configured origins, and no one else', async () => {
    const allowed = await t.rest.get('/articles', { Origin: 'http://localhost:5173' })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    const refused = await t.rest.get('/articles', { Origin: 'https://evil.example' })
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
  })
})
