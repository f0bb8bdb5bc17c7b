/**
 * Issue 14: the citation printed under a summary is reviewed text. A new paper is reviewed with
 * the article that cites it (approving the article approves it, publishing publishes it); a
 * correction to a paper that is already live waits for its own review, and visitors keep the
 * reviewed text meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Citation } from '@clinic/shared-types'

import { articleData, citationData } from '../helpers/fixtures'
import { publishingBasics } from '../helpers/publishing'
import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import { act, actAll, type Cast, signInEveryone, trail } from './helpers'

let t: TestPayload
let cast: Cast
let secondReviewer: RestClient
let conditionId: number

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  cast = await signInEveryone(t)
  const other = await createUser(t.payload, ['medical-reviewer'])
  secondReviewer = await t.rest.login(other.email, other.password)
  conditionId = (await publishingBasics(t.payload)).conditionId
})
afterAll(() => t?.stop())

type Doc = Record<string, unknown> & { id: number }

async function created(response: Response): Promise<Doc> {
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: Doc }).doc
}

const newCitation = (client: RestClient, overrides: Record<string, unknown> = {}) =>
  client.post('/citations', citationData(overrides)).then(created)
const summaryCiting = (citationId: number) =>
  cast.as.editor.post('/articles', articleData({ citations: [citationId], conditions: [conditionId] })).then(created)
const stored = (id: number) =>
  t.payload.findByID({ collection: 'citations', id, depth: 0, overrideAccess: true, draft: true }) as Promise<Citation>
const visitorReads = async (id: number) => (await t.rest.get(`/citations/${id}`)).status
async function printedUnder(articleId: number): Promise<Citation | undefined> {
  const response = await t.rest.get(`/articles/${articleId}?depth=1`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { citations: Citation[] }).citations[0]
}

describe('a new paper cited by a summary', () => {
  it('is approved with the article by its reviewer and goes live when the article is published', async () => {
    const paper = await newCitation(cast.as.editor)
    const article = await summaryCiting(paper.id)
    expect(await visitorReads(paper.id)).toBe(404)

    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
    ])
    const approved = await stored(paper.id)
    expect(approved).toMatchObject({
      workflowState: 'approved',
      reviewedBy: cast.users.reviewer.id,
      reviewerName: 'Test medical-reviewer',
      _status: 'draft',
    })
    expect(await visitorReads(paper.id)).toBe(404)

    await actAll(article.id, [[cast.as.publisher, 'publish']])
    expect(await stored(paper.id)).toMatchObject({ workflowState: 'published', _status: 'published' })
    expect(await visitorReads(paper.id)).toBe(200)
    expect((await printedUnder(article.id))?.title).toBe(paper.title)
    const steps = (await trail(t.payload, paper.id, 'citations')).map((event) => `${event.action} by ${event.actorName}`)
    expect(steps).toEqual(['submit by System', 'approve by Test medical-reviewer', 'publish by Test publisher'])
  })

  it('cannot be approved with the article by a reviewer who edited it: the approval is refused, naming the paper, and nothing moves', async () => {
    const paper = await newCitation(cast.as.editor)
    const fix = await cast.as.reviewer.patch(`/citations/${paper.id}`, { pages: '1-9' })
    expect(fix.status).toBe(200)
    const article = await summaryCiting(paper.id)
    await actAll(article.id, [[cast.as.editor, 'submit']])

    const refused = await act(cast.as.reviewer, article.id, 'approve')
    expect(refused.status).toBe(403)
    expect(refused.body.errors?.[0]?.message).toContain(`“${String(paper.label)}”`)
    expect((await stored(paper.id)).workflowState).toBe('draft')
    const articleNow = await t.payload.findByID({ collection: 'articles', id: article.id, draft: true, overrideAccess: true })
    expect(articleNow.workflowState).toBe('in_review')

    // Another reviewer may.
    await actAll(article.id, [
      [secondReviewer, 'approve'],
      [cast.as.publisher, 'publish'],
    ])
    expect(await visitorReads(paper.id)).toBe(200)
  })

  it('keeps an article created live by a script off the site while its paper is unreviewed, naming the paper', async () => {
    const paper = await t.payload.create({ collection: 'citations', data: citationData(), overrideAccess: true })
    const attempt = t.payload.create({
      collection: 'articles',
      data: { ...articleData({ citations: [paper.id], conditions: [conditionId] }), workflowState: 'approved', _status: 'published' },
      overrideAccess: true,
    })
    await expect(attempt).rejects.toThrow(`“${paper.label}” has not been approved by a medical reviewer`)
  })
})

describe('a correction to a live paper', () => {
  it('waits for its own review: visitors keep the reviewed text, and another article’s approval does not carry it', async () => {
    const paper = await newCitation(cast.as.editor)
    const article = await summaryCiting(paper.id)
    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
      [cast.as.publisher, 'publish'],
    ])

    const corrected = 'A corrected title the reviewer has not seen'
    expect((await cast.as.editor.patch(`/citations/${paper.id}`, { title: corrected })).status).toBe(200)
    expect((await printedUnder(article.id))?.title).toBe(paper.title)

    const another = await summaryCiting(paper.id)
    await actAll(another.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
      [cast.as.publisher, 'publish'],
    ])
    expect((await stored(paper.id)).workflowState).toBe('draft')
    expect((await printedUnder(another.id))?.title).toBe(paper.title)

    await actAll(
      paper.id,
      [
        [cast.as.editor, 'submit'],
        [cast.as.reviewer, 'approve'],
        [cast.as.publisher, 'publish'],
      ],
      'citations',
    )
    expect((await printedUnder(article.id))?.title).toBe(corrected)
    expect((await printedUnder(another.id))?.title).toBe(corrected)
  })

  it('cannot be published by a publisher before a reviewer approved it', async () => {
    const paper = await newCitation(cast.as.editor)
    const article = await summaryCiting(paper.id)
    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
      [cast.as.publisher, 'publish'],
    ])
    const response = await cast.as.publisher.patch(`/citations/${paper.id}`, { journal: 'Lancet', _status: 'published' })
    expect(response.status).toBe(400)
    expect((await printedUnder(article.id))?.journal).toBe(paper.journal)
  })
})
