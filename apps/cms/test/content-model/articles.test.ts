import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { articleData } from '../helpers/fixtures'
import { createPublishedArticle } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import type { RestClient } from '../helpers/rest'

let t: TestPayload
let editor: RestClient

beforeAll(async () => {
  t = await startTestPayload()
  const user = await createUser(t.payload, ['editor'])
  editor = await t.rest.login(user.email, user.password)
})
afterAll(() => t?.stop())

async function countArticles() {
  return (await t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs
}

describe('articles: create, read, update, delete', () => {
  it('works through the local API', async () => {
    const created = await t.payload.create({ collection: 'articles', data: articleData(), overrideAccess: true })
    expect(created.slug).toMatch(/^mesenchymal-stem-cells-and-knee-cartilage-/)
    const updated = await t.payload.update({
      collection: 'articles',
      id: created.id,
      data: { excerpt: 'Changed.' },
      overrideAccess: true,
    })
    expect(updated.excerpt).toBe('Changed.')
    await t.payload.delete({ collection: 'articles', id: created.id, overrideAccess: true })
    await expect(t.payload.findByID({ collection: 'articles', id: created.id, overrideAccess: true })).rejects.toThrow(/not found/i)
  })

  it('works over REST for a signed-in editor', async () => {
    const create = await editor.post('/articles', articleData())
    expect(create.status).toBe(201)
    const { doc } = await create.json()

    const read = await editor.get(`/articles/${doc.id}`)
    expect((await read.json()).title).toBe(doc.title)

    const patch = await editor.patch(`/articles/${doc.id}`, { title: 'A better title' })
    expect(patch.status).toBe(200)
    expect((await patch.json()).doc.title).toBe('A better title')

    const remove = await editor.delete(`/articles/${doc.id}`)
    expect(remove.status).toBe(200)
    expect((await editor.get(`/articles/${doc.id}`)).status).toBe(404)
  })
})

describe('articles: what anonymous visitors see', () => {
  it('sees a published article and not a draft', async () => {
    const published = await createPublishedArticle(t.payload)
    const draft = await t.payload.create({
      collection: 'articles',
      data: { ...articleData(), _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })

    const list = await (await t.rest.get('/articles?limit=100')).json()
    const ids = list.docs.map((doc: { id: number }) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    expect((await t.rest.get(`/articles/${draft.id}`)).status).toBe(404)
    expect((await t.rest.get(`/articles/${draft.id}?draft=true`)).status).toBe(404)
    expect((await t.rest.get(`/articles?where[slug][equals]=${draft.slug}`)).ok).toBe(true)
    expect((await (await t.rest.get(`/articles?where[slug][equals]=${draft.slug}`)).json()).docs).toEqual([])
  })

  it('keeps seeing the published text while a newer draft of it is being written', async () => {
    const article = await createPublishedArticle(t.payload, { title: 'Live title' })
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Unreviewed draft title' },
      draft: true,
      overrideAccess: true,
    })

    for (const path of [`/articles/${article.id}`, `/articles/${article.id}?draft=true`]) {
      const body = await (await t.rest.get(path)).json()
      expect(body.title).toBe('Live title')
    }
    // Refused either by the query guard (a public caller may not filter on `parent`, 400) or by access (403).
    const versions = await t.rest.get(`/articles/versions?where[parent][equals]=${article.id}`)
    expect([400, 403]).toContain(versions.status)
    expect(((await versions.json()) as { docs?: unknown[] }).docs).toBeUndefined()
  })

  it('cannot create, update or delete anything', async () => {
    const before = await countArticles()
    expect((await t.rest.post('/articles', articleData())).status).toBe(403)
    expect(await countArticles()).toBe(before)

    const article = await createPublishedArticle(t.payload)
    expect((await t.rest.patch(`/articles/${article.id}`, { title: 'Defaced' })).status).toBe(403)
    expect((await t.rest.delete(`/articles/${article.id}`)).status).toBe(403)
    const after = await t.payload.findByID({ collection: 'articles', id: article.id, overrideAccess: true })
    expect(after.title).toBe(article.title)
  })
})

describe('articles: bad input is refused and nothing is stored', () => {
  it('names the slug when it clashes with another article', async () => {
    const first = await editor.post('/articles', { ...articleData(), slug: 'same-slug' })
    expect(first.status).toBe(201)
    const before = await countArticles()

    const clash = await editor.post('/articles', { ...articleData(), slug: 'same-slug' })
    expect(clash.status).toBe(400)
    const body = await clash.json()
    expect(body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'slug', message: expect.stringMatching(/unique/i) })])
    expect(await countArticles()).toBe(before)
  })

  it.each([
    ['a missing title', { title: undefined }, 'title', /required/i],
    ['an excerpt over 300 characters', { excerpt: 'x'.repeat(301) }, 'excerpt', /300/],
    ['an unknown article type', { type: 'press-release' }, 'type', /invalid/i],
  ])('refuses %s, naming the field', async (_case, overrides, field, message) => {
    const before = await countArticles()
    const response = await editor.post('/articles', articleData(overrides))
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.errors[0].data.errors).toContainEqual(expect.objectContaining({ path: field, message: expect.stringMatching(message) }))
    expect(await countArticles()).toBe(before)
  })

  it('leaves the stored article untouched when an update is invalid', async () => {
    const { doc } = await (await editor.post('/articles', articleData())).json()
    const response = await editor.patch(`/articles/${doc.id}`, {
      title: 'New title',
      excerpt: 'y'.repeat(400),
    })
    expect(response.status).toBe(400)
    const stored = await t.payload.findByID({ collection: 'articles', id: doc.id, overrideAccess: true })
    expect(stored.title).toBe(doc.title)
    expect(stored.excerpt).toBe(doc.excerpt)
  })
})
