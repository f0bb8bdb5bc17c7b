import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPublishedArticle } from '../helpers/publishing'
import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { actAll, type Cast, signInEveryone, writeSummary } from '../workflow/helpers'

let t: TestPayload
let cast: Cast
let editor: RestClient

beforeAll(async () => {
  t = await startTestPayload()
  cast = await signInEveryone(t)
  editor = cast.as.editor
})
afterAll(() => t?.stop())

const lookup = (client: RestClient, from: string) => client.get(`/redirects?where[from][equals]=${encodeURIComponent(from)}&depth=1`)

async function refusedField(response: Response): Promise<string[]> {
  expect(response.status).toBe(400)
  const body = (await response.json()) as { errors: { data?: { errors?: { path: string }[] } }[] }
  return (body.errors[0]?.data?.errors ?? []).map((error) => error.path)
}

describe('redirects', () => {
  it('stores the old address as a normalised path, and only editors and admins write them', async () => {
    const created = await editor.post('/redirects', {
      from: 'https://old-clinic.example//about-us/?ref=x',
      toType: 'path',
      toPath: '/conditions/',
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    expect(doc.from).toBe('/about-us')
    expect(doc.toPath).toBe('/conditions')

    expect((await cast.as.reviewer.post('/redirects', { from: '/x-reviewer', toType: 'path', toPath: '/research' })).status).toBe(403)
    expect((await cast.as.marketing.post('/redirects', { from: '/x-marketing', toType: 'path', toPath: '/research' })).status).toBe(403)
    expect((await t.rest.post('/redirects', { from: '/x-anon', toType: 'path', toPath: '/research' })).status).toBe(403)
    expect((await cast.as.admin.patch(`/redirects/${doc.id}`, { toPath: '/research' })).status).toBe(200)

    // Unique by its normalised form: the same address written differently is the same redirect.
    expect(await refusedField(await editor.post('/redirects', { from: '/about-us/', toType: 'path', toPath: '/research' }))).toContain(
      'from',
    )
  })

  it('refuses loops and chains with 400 naming the field', async () => {
    expect(await refusedField(await editor.post('/redirects', { from: '/loop', toType: 'path', toPath: '/loop/' }))).toEqual(['toPath'])

    expect((await editor.post('/redirects', { from: '/old-library', toType: 'path', toPath: '/research' })).status).toBe(201)
    // Its target is itself redirected: a chain.
    expect(await refusedField(await editor.post('/redirects', { from: '/older-library', toType: 'path', toPath: '/old-library' }))).toEqual(
      ['toPath'],
    )
    // Redirecting an address another redirect leads to: a chain the other way round.
    expect(await refusedField(await editor.post('/redirects', { from: '/research', toType: 'path', toPath: '/conditions' }))).toEqual([
      'from',
    ])

    const article = await writeSummary(t, editor)
    expect(
      await refusedField(await editor.post('/redirects', { from: `/research/${article.slug}`, toType: 'article', toArticle: article.id })),
    ).toEqual(['toArticle'])
    // A page that is a document is chosen by reference, never typed as a path (it could be a draft).
    expect(
      await refusedField(await editor.post('/redirects', { from: '/typed', toType: 'path', toPath: `/research/${article.slug}` })),
    ).toEqual(['toPath'])
    expect(await refusedField(await editor.post('/redirects', { from: '/nowhere', toType: 'article' }))).toEqual(['toArticle'])
  })

  it('is never read publicly while its article is a draft, and applies once it is published (and not after unpublishing)', async () => {
    const article = await writeSummary(t, editor)
    const created = await editor.post('/redirects', { from: '/2019/05/knee-cells/', toType: 'article', toArticle: article.id })
    expect(created.status).toBe(201)

    const before = await (await lookup(t.rest, '/2019/05/knee-cells')).json()
    expect(before.docs).toEqual([])
    expect(before.totalDocs).toBe(0)
    expect((await (await lookup(cast.as.marketing, '/2019/05/knee-cells')).json()).docs).toEqual([])
    // Staff see it waiting.
    expect((await (await lookup(editor, '/2019/05/knee-cells')).json()).docs).toHaveLength(1)

    await actAll(article.id, [
      [editor, 'submit'],
      [cast.as.reviewer, 'approve'],
      [cast.as.publisher, 'publish'],
    ])
    const after = await (await lookup(t.rest, '/2019/05/knee-cells')).json()
    expect(after.docs).toHaveLength(1)
    expect(after.docs[0].toArticle.slug).toBe(article.slug)

    await actAll(article.id, [[cast.as.publisher, 'unpublish']])
    expect((await (await lookup(t.rest, '/2019/05/knee-cells')).json()).docs).toEqual([])
  })

  it('answers for a live article while a working draft of it is open, and never for a draft or an article taken down', async () => {
    const withDraft = await createPublishedArticle(t.payload)
    const takenDown = await createPublishedArticle(t.payload)
    const neverPublished = await writeSummary(t, editor)
    for (const [from, target] of [
      ['/2018/live-with-draft', withDraft],
      ['/2018/taken-down', takenDown],
      ['/2018/never-published', neverPublished],
    ] as const) {
      expect((await editor.post('/redirects', { from, toType: 'article', toArticle: target.id })).status).toBe(201)
    }

    // An editor opens a working draft: the published version stays on the site, so must its old address.
    expect((await editor.patch(`/articles/${withDraft.id}?draft=true`, { excerpt: 'A working draft of a live article.' })).status).toBe(200)
    await actAll(takenDown.id, [[cast.as.publisher, 'unpublish', { comment: 'Out of date.' }]])

    const found = await (await lookup(t.rest, '/2018/live-with-draft')).json()
    expect(found.docs).toHaveLength(1)
    expect(found.docs[0].toArticle.slug).toBe(withDraft.slug)
    expect((await (await lookup(cast.as.marketing, '/2018/live-with-draft')).json()).docs).toHaveLength(1)
    expect((await (await lookup(t.rest, '/2018/taken-down')).json()).docs).toEqual([])
    expect((await (await lookup(t.rest, '/2018/never-published')).json()).docs).toEqual([])
  })
})
