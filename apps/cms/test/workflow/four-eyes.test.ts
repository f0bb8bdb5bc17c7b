/**
 * Issue 14's "four eyes" and the text around a review: nobody signs off a version they wrote or
 * edited, an admin only approves by an override with a reason (never shown as a medical review),
 * the SEO title and description are reviewed and claims-checked content, and the publication date
 * and author of approved or live content are a publisher's to change, on the record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import { act, actAll, type Cast, latest, live, signInEveryone, trail, writeSummary } from './helpers'

let t: TestPayload
let cast: Cast
/** Holds both roles, as a small clinic's lead clinician might. */
let writerReviewer: RestClient
let secondReviewer: RestClient

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  cast = await signInEveryone(t)
  const both = await createUser(t.payload, ['editor', 'medical-reviewer'])
  writerReviewer = await t.rest.login(both.email, both.password)
  const other = await createUser(t.payload, ['medical-reviewer'])
  secondReviewer = await t.rest.login(other.email, other.password)
})
afterAll(() => t?.stop())

async function inReview(author: RestClient) {
  const article = await writeSummary(t, author)
  await actAll(article.id, [[author, 'submit']])
  return article
}

describe('four eyes', () => {
  it('refuses an approval by the author, even one who is a medical reviewer, and offers them no Approve button', async () => {
    const article = await inReview(writerReviewer)
    const own = await act(writerReviewer, article.id, 'approve')
    expect(own.status).toBe(403)
    expect(own.body.errors?.[0]?.message).toBe('You are the author, so another medical reviewer must approve it.')
    expect((await latest(t.payload, article.id)).workflowState).toBe('in_review')

    const status = (await (await writerReviewer.get(`/articles/${article.id}/workflow`)).json()) as {
      actions: { action: string }[]
      nextSteps: string[]
    }
    expect(status.actions.map((offer) => offer.action)).not.toContain('approve')
    expect(status.nextSteps[0]).toBe('You are the author, so another medical reviewer must approve it.')

    expect((await act(secondReviewer, article.id, 'approve')).status).toBe(200)
    expect((await latest(t.payload, article.id)).reviewerName).toBe('Test medical-reviewer')
  })

  it('refuses an approval by a reviewer who edited the version under review, and lets another reviewer approve it', async () => {
    const article = await inReview(cast.as.editor)
    const edit = await cast.as.reviewer.patch(`/articles/${article.id}?draft=true`, {
      excerpt: 'A rewritten excerpt by the reviewer herself.',
    })
    expect(edit.status).toBe(200)
    const own = await act(cast.as.reviewer, article.id, 'approve')
    expect(own.status).toBe(403)
    expect(own.body.errors?.[0]?.message).toBe(
      'You edited this version since its last review, so another medical reviewer must approve it.',
    )
    expect((await act(secondReviewer, article.id, 'approve')).status).toBe(200)
    // The approval covers the edits it saw: the next version starts with nobody on record.
    expect((await latest(t.payload, article.id)).contributors ?? []).toEqual([])
  })

  it('keeps an override off the site: no reviewer is named to visitors', async () => {
    const article = await inReview(cast.as.editor)
    await actAll(article.id, [
      [cast.as.admin, 'override_approve', { comment: 'Reviewer signed the printed proof; no second reviewer this week.' }],
      [cast.as.publisher, 'publish'],
    ])
    const visible = await live(t, article.id)
    expect(visible).not.toBeNull()
    expect(visible!.reviewerName ?? null).toBeNull()
    expect(visible).not.toHaveProperty('approvedByOverride')
    expect((await latest(t.payload, article.id)).approvedByOverride).toBe(true)
  })
})

describe('the SEO title and description are reviewed content', () => {
  it('sends an approved article back to review when they change, and their risky claims block publishing', async () => {
    const article = await inReview(cast.as.editor)
    await actAll(article.id, [[cast.as.reviewer, 'approve']])
    const edit = await cast.as.editor.patch(`/articles/${article.id}?draft=true`, {
      meta: { title: 'Guaranteed cure for knee pain', description: 'Our FDA approved stem cell treatment can cure arthritis.' },
    })
    expect(edit.status).toBe(200)
    const after = await latest(t.payload, article.id)
    expect(after.workflowState).toBe('in_review')
    expect(((after.claimFindings ?? []) as { field: string }[]).map((finding) => finding.field)).toEqual(
      expect.arrayContaining(['metaTitle', 'metaDescription']),
    )

    await actAll(article.id, [[secondReviewer, 'approve']])
    const refused = await act(cast.as.publisher, article.id, 'publish')
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toMatch(/in the meta title/)
    expect(await live(t, article.id)).toBeNull()
  })
})

describe('publication date and author of approved or live content', () => {
  it('are a publisher’s to change, and each change is in the trail', async () => {
    const article = await inReview(cast.as.editor)
    await actAll(article.id, [
      [cast.as.reviewer, 'approve'],
      [cast.as.publisher, 'publish'],
    ])
    const backdated = '2019-03-01T09:00:00.000Z'
    const byEditor = await cast.as.editor.patch(`/articles/${article.id}?draft=true`, { publishedAt: backdated })
    expect(byEditor.status).toBe(403)
    expect(((await byEditor.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'Only a publisher or an admin can change the publication date of approved or published content.',
    )
    const byAuthorSwap = await cast.as.editor.patch(`/articles/${article.id}?draft=true`, { author: cast.users.reviewer.id })
    expect(byAuthorSwap.status).toBe(403)

    const byPublisher = await cast.as.publisher.patch(`/articles/${article.id}?draft=true`, { publishedAt: backdated })
    expect(byPublisher.status).toBe(200)
    const entry = (await trail(t.payload, article.id)).at(-1)
    expect(entry).toMatchObject({ action: 'metadata_edit' })
    expect(entry?.comment).toMatch(/^publication date: .+ → 2019-03-01T09:00:00\.000Z$/)
  })

  it('are the editor’s own business on a draft', async () => {
    const article = await writeSummary(t, cast.as.editor)
    const response = await cast.as.editor.patch(`/articles/${article.id}?draft=true`, { publishedAt: '2024-01-10T09:00:00.000Z' })
    expect(response.status).toBe(200)
  })
})
