import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@clinic/shared-types'

import { publishableArticleData } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { actAll, type Cast, latest, live, signInEveryone, trail, writeSummary } from './helpers'

let t: TestPayload
let cast: Cast

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  cast = await signInEveryone(t)
})
afterAll(() => t?.stop())

async function approvedSummary(overrides: Record<string, unknown> = {}) {
  const article = await writeSummary(t, cast.as.editor, overrides)
  await actAll(article.id, [
    [cast.as.editor, 'submit'],
    [cast.as.reviewer, 'approve'],
  ])
  return article
}

async function publishedSummary(overrides: Record<string, unknown> = {}) {
  const article = await approvedSummary(overrides)
  await actAll(article.id, [[cast.as.publisher, 'publish']])
  return article
}

async function countArticles() {
  return (await t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs
}

const firstError = async (response: Response) => ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message

describe('a raw `_status: published` over REST', () => {
  it('is refused when an editor creates an article straight into published, and nothing is stored', async () => {
    const before = await countArticles()
    const response = await cast.as.editor.post('/articles', { ...(await publishableArticleData(t.payload)), _status: 'published' })
    expect(response.status).toBe(403)
    expect(await countArticles()).toBe(before)
  })

  it('is refused for a publisher creating an unreviewed article as published, with the unmet gate', async () => {
    const before = await countArticles()
    const response = await cast.as.publisher.post('/articles', { ...(await publishableArticleData(t.payload)), _status: 'published' })
    expect(response.status).toBe(400)
    expect(await firstError(response)).toBe(
      "This article can't be published yet: it must be approved by a medical reviewer first (it is currently Draft).",
    )
    expect(await countArticles()).toBe(before)
  })

  it('is refused when an editor PATCHes an approved article to published, with and without draft=true', async () => {
    const article = await approvedSummary()
    for (const path of [`/articles/${article.id}`, `/articles/${article.id}?draft=true`]) {
      const response = await cast.as.editor.patch(path, { _status: 'published' })
      expect(response.status).toBe(403)
    }
    expect(await live(t, article.id)).toBeNull()
    expect((await latest(t.payload, article.id)).workflowState).toBe('approved')
  })

  it('publishes when a publisher PATCHes an approved, complete article (recorded as "publish")', async () => {
    const article = await approvedSummary()
    const response = await cast.as.publisher.patch(`/articles/${article.id}`, { _status: 'published' })
    expect(response.status).toBe(200)
    expect((await live(t, article.id))?.workflowState).toBe('published')
    expect((await trail(t.payload, article.id)).at(-1)).toMatchObject({
      action: 'publish',
      from: 'approved',
      to: 'published',
      actorName: 'Test publisher',
    })
  })

  it('is refused for a publisher when the approved content was changed in the same save', async () => {
    const article = await approvedSummary()
    const response = await cast.as.publisher.patch(`/articles/${article.id}`, { _status: 'published', title: 'Changed at the last minute' })
    expect(response.status).toBe(400)
    expect(await firstError(response)).toBe(
      "This article can't be published yet: it must be approved by a medical reviewer first (it is currently In review).",
    )
    expect(await live(t, article.id)).toBeNull()
    expect((await latest(t.payload, article.id)).title).toBe(article.title)
  })
})

describe('workflow fields are not writable through the API', () => {
  it('ignores a state, reviewer or acceptance sent by an editor', async () => {
    const article = await writeSummary(t, cast.as.editor)
    await actAll(article.id, [[cast.as.editor, 'submit']])
    const response = await cast.as.editor.patch(`/articles/${article.id}?draft=true`, {
      workflowState: 'approved',
      reviewerName: 'Dr. Forged',
      nextReviewDue: '2099-01-01T00:00:00.000Z',
      acceptedClaims: [{ key: 'x', ruleId: 'cure', justification: 'trust me', acceptedAt: new Date().toISOString() }],
    })
    expect(response.status).toBe(200)
    const stored = await latest(t.payload, article.id)
    expect(stored.workflowState).toBe('in_review')
    expect(stored.reviewerName ?? null).toBeNull()
    expect(stored.nextReviewDue ?? null).toBeNull()
    expect(stored.acceptedClaims ?? []).toEqual([])
  })

  it('starts duplicates and new articles as unreviewed drafts', async () => {
    const article = await publishedSummary()
    const response = await cast.as.editor.post(`/articles/${article.id}/duplicate`, {})
    expect(response.status).toBe(200)
    const { doc } = (await response.json()) as { doc: Article }
    const copy = await latest(t.payload, doc.id)
    expect(copy.workflowState).toBe('draft')
    expect(copy.reviewerName ?? null).toBeNull()
    expect(await live(t, doc.id)).toBeNull()
  })
})

describe('bulk edit and publish from the list view (PATCH /api/articles?where=…)', () => {
  const whereIds = (ids: number[]) => ids.map((id, index) => `where[id][in][${index}]=${id}`).join('&')

  it('refuses an editor publishing in bulk', async () => {
    const a = await approvedSummary()
    const b = await approvedSummary()
    for (const suffix of ['', '&draft=true']) {
      const response = await cast.as.editor.patch(`/articles?${whereIds([a.id, b.id])}${suffix}`, { _status: 'published' })
      expect(response.status).toBe(403)
    }
    expect(await live(t, a.id)).toBeNull()
    expect(await live(t, b.id)).toBeNull()
  })

  it.each([
    ['as the REST API sends it', ''],
    ["as the admin's Publish button for a selection sends it", '&draft=true'],
  ])('lets a publisher publish only what passes, %s', async (_how, suffix) => {
    const ready = await approvedSummary()
    const unreviewed = await writeSummary(t, cast.as.editor)
    await actAll(unreviewed.id, [[cast.as.editor, 'submit']])
    const response = await cast.as.publisher.patch(`/articles?${whereIds([ready.id, unreviewed.id])}${suffix}`, { _status: 'published' })
    const body = (await response.json()) as { docs: { id: number }[]; errors: { id: number; message: string }[] }
    expect(body.docs.map((doc) => doc.id)).toEqual([ready.id])
    expect(body.errors).toEqual([
      expect.objectContaining({
        id: unreviewed.id,
        message: "This article can't be published yet: it must be approved by a medical reviewer first (it is currently In review).",
      }),
    ])
    expect((await live(t, ready.id))?.workflowState).toBe('published')
    expect(await live(t, unreviewed.id)).toBeNull()
    expect((await latest(t.payload, unreviewed.id)).workflowState).toBe('in_review')
  })

  it('turns an editor’s bulk edit of live articles into working drafts; the live ones stay', async () => {
    const a = await publishedSummary()
    const response = await cast.as.editor.patch(`/articles?${whereIds([a.id])}`, { excerpt: 'Rewritten in bulk.' })
    expect(response.status).toBe(200)
    expect((await live(t, a.id))?.excerpt).toBe(a.excerpt)
    const working = await latest(t.payload, a.id)
    expect(working.excerpt).toBe('Rewritten in bulk.')
    expect(working.workflowState).toBe('draft')
  })

  it('refuses an editor unpublishing in bulk, and records a publisher’s bulk unpublish', async () => {
    const a = await publishedSummary()
    const refused = await cast.as.editor.patch(`/articles?${whereIds([a.id])}`, { _status: 'draft' })
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
      /Only a publisher or an admin can unpublish/,
    )
    expect((await live(t, a.id))?.id).toBe(a.id)

    const done = await cast.as.publisher.patch(`/articles?${whereIds([a.id])}`, { _status: 'draft' })
    expect(done.status).toBe(200)
    expect(await live(t, a.id)).toBeNull()
    expect((await latest(t.payload, a.id)).workflowState).toBe('unpublished')
    expect((await trail(t.payload, a.id)).at(-1)).toMatchObject({ action: 'unpublish', from: 'published', to: 'unpublished' })
  })
})

describe('editing published content makes a working draft; the published version stays live', () => {
  it.each([
    ['a plain PATCH', ''],
    ['a draft=true save', '?draft=true'],
  ])('%s by an editor', async (_how, query) => {
    const article = await publishedSummary()
    const response = await cast.as.editor.patch(`/articles/${article.id}${query}`, { title: `${article.title} (revised)` })
    expect(response.status).toBe(200)
    expect((await live(t, article.id))?.title).toBe(article.title)
    const working = await latest(t.payload, article.id)
    expect(working.title).toBe(`${article.title} (revised)`)
    expect(working.workflowState).toBe('draft')
    expect((await trail(t.payload, article.id)).at(-1)).toMatchObject({ action: 'content_edit', from: 'published', to: 'draft' })

    // The working draft goes through review and replaces the live version only when published.
    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
    ])
    expect((await live(t, article.id))?.title).toBe(article.title)
    await actAll(article.id, [[cast.as.publisher, 'publish']])
    expect((await live(t, article.id))?.title).toBe(`${article.title} (revised)`)
  })

  it('sends edited approved content back to review', async () => {
    const article = await approvedSummary()
    await cast.as.editor.patch(`/articles/${article.id}?draft=true`, { excerpt: 'A different excerpt.' })
    const stored = await latest(t.payload, article.id)
    expect(stored.workflowState).toBe('in_review')
    expect((await trail(t.payload, article.id)).at(-1)).toMatchObject({ action: 'content_edit', from: 'approved', to: 'in_review' })
  })

  it('refuses an editor taking a live article down with a raw `_status: draft`', async () => {
    const article = await publishedSummary()
    const response = await cast.as.editor.patch(`/articles/${article.id}`, { _status: 'draft' })
    expect(response.status).toBe(403)
    expect(await firstError(response)).toMatch(/Only a publisher or an admin can unpublish/)
    expect((await live(t, article.id))?.id).toBe(article.id)
  })

  it('refuses an editor deleting a live article', async () => {
    const article = await publishedSummary()
    const response = await cast.as.editor.delete(`/articles/${article.id}`)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect((await live(t, article.id))?.id).toBe(article.id)
  })
})

describe('version restore (POST /api/articles/versions/:id)', () => {
  async function publishedVersionOf(id: number) {
    const { docs } = await t.payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: 'createdAt',
      limit: 1,
      overrideAccess: true,
    })
    return docs[0]!
  }

  it('refuses an editor restoring an old published version of an unpublished article', async () => {
    const article = await publishedSummary()
    const old = await publishedVersionOf(article.id)
    await actAll(article.id, [[cast.as.publisher, 'unpublish']])
    const response = await cast.as.editor.post(`/articles/versions/${old.id}`, {})
    expect(response.status).toBe(403)
    expect(await live(t, article.id)).toBeNull()
    expect((await latest(t.payload, article.id)).workflowState).toBe('unpublished')
  })

  it('refuses a publisher restoring an old published version over newer approved content', async () => {
    const article = await publishedSummary()
    const old = await publishedVersionOf(article.id)
    await cast.as.editor.patch(`/articles/${article.id}?draft=true`, { title: `${article.title} v2` })
    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
    ])
    const response = await cast.as.publisher.post(`/articles/versions/${old.id}`, {})
    expect(response.status).toBe(400)
    expect(await firstError(response)).toMatch(/it must be approved by a medical reviewer first \(it is currently In review\)/)
    expect((await latest(t.payload, article.id)).title).toBe(`${article.title} v2`)
    expect((await latest(t.payload, article.id)).workflowState).toBe('approved')
    expect((await live(t, article.id))?.title).toBe(article.title)
  })

  it('lets an editor restore an old version as a draft, which then needs review', async () => {
    const article = await publishedSummary()
    const old = await publishedVersionOf(article.id)
    await cast.as.editor.patch(`/articles/${article.id}?draft=true`, { title: `${article.title} v2` })
    const response = await cast.as.editor.post(`/articles/versions/${old.id}?draft=true`, {})
    expect(response.status).toBe(200)
    const working = await latest(t.payload, article.id)
    expect(working.title).toBe(article.title)
    expect(working.workflowState).toBe('draft')
    expect(working._status).toBe('draft')
    expect((await live(t, article.id))?.title).toBe(article.title)
  })
})

describe('the local API', () => {
  it('applies the user’s access with overrideAccess: false', async () => {
    const article = await approvedSummary()
    const editor = await t.payload.findByID({ collection: 'users', id: cast.users.editor.id, overrideAccess: true })
    await expect(
      t.payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, user: editor, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
    expect(await live(t, article.id)).toBeNull()
  })

  it('applies the workflow’s roles even with overrideAccess: true and a user', async () => {
    const article = await approvedSummary()
    const editor = await t.payload.findByID({ collection: 'users', id: cast.users.editor.id, overrideAccess: true })
    await expect(
      t.payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, user: editor, overrideAccess: true }),
    ).rejects.toThrow('Only a publisher or an admin can publish now.')
    expect(await live(t, article.id)).toBeNull()
  })

  it('lets the system (no user) publish only through the gates', async () => {
    const unreviewed = await writeSummary(t, cast.as.editor)
    await expect(
      t.payload.update({ collection: 'articles', id: unreviewed.id, data: { _status: 'published' }, overrideAccess: true }),
    ).rejects.toThrow("This article can't be published yet: it must be approved by a medical reviewer first (it is currently Draft).")
    const approved = await approvedSummary()
    await t.payload.update({ collection: 'articles', id: approved.id, data: { _status: 'published' }, overrideAccess: true })
    expect((await live(t, approved.id))?.workflowState).toBe('published')
    expect((await trail(t.payload, approved.id)).at(-1)).toMatchObject({ action: 'publish', actorName: 'System' })
  })
})

describe('state changes from trusted local-API callers', () => {
  it('judges a requested state with the caller’s roles, and records each step', async () => {
    const article = await writeSummary(t, cast.as.editor)
    const editor = await t.payload.findByID({ collection: 'users', id: cast.users.editor.id, overrideAccess: true })
    await expect(
      t.payload.update({ collection: 'articles', id: article.id, data: { workflowState: 'approved' }, user: editor, overrideAccess: true }),
    ).rejects.toThrow("Articles can't move from Draft to Approved (only an admin can force that).")

    await t.payload.update({
      collection: 'articles',
      id: article.id,
      data: { workflowState: 'approved', _status: 'published' },
      overrideAccess: true,
    })
    expect((await live(t, article.id))?.reviewerName).toBe('System')
    expect((await trail(t.payload, article.id)).map((entry) => [entry.action, entry.actorName])).toEqual([
      ['approve', 'System'],
      ['publish', 'System'],
    ])
  })
})

describe('other API surfaces', () => {
  it('has no GraphQL endpoint to go around the rules', async () => {
    const response = await cast.as.editor.post('/graphql', { query: '{ Articles { docs { id } } }' })
    expect(response.status).toBe(404)
  })
})
