import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@clinic/shared-types'

import { articleData, citationData, liveFixture, richText, uniqueSuffix } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { act, actAll, type Cast, latest, live, signInEveryone, trail } from './helpers'

let t: TestPayload
let cast: Cast
let conditionId: number
let citationId: number

/** The complete refusal for an article that misses every publish gate (quoted in the docs). */
export const EVERY_GATE_REFUSAL =
  "This article can't be published yet: " +
  '(1) It must be approved by a medical reviewer first (it is currently Draft). ' +
  '(2) A research summary needs at least 1 citation to the research it describes. ' +
  '(3) A research summary must be linked to at least 1 condition. ' +
  '(4) It needs an excerpt: the short summary shown in article lists and search results. ' +
  '(5) No medical disclaimer applies to it: add one, or ask an admin to turn on the site-wide disclaimer. ' +
  "(6) 1 risky claim needs rewording or a medical reviewer's written justification: “cure” in the title."

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  cast = await signInEveryone(t)
  conditionId = (
    await t.payload.create({
      collection: 'conditions',
      data: liveFixture({ name: `Stroke ${uniqueSuffix()}`, category: 'neurological' }),
      overrideAccess: true,
    })
  ).id
  citationId = (await t.payload.create({ collection: 'citations', data: liveFixture(citationData()), overrideAccess: true })).id
})
afterAll(() => t?.stop())

async function create(data: Record<string, unknown>): Promise<Article> {
  const response = await cast.as.editor.post('/articles', data)
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: Article }).doc
}

const complete = (overrides: Record<string, unknown> = {}) =>
  articleData({ citations: [citationId], conditions: [conditionId], ...overrides })

async function gatesOf(id: number): Promise<string[]> {
  const status = (await (await cast.as.editor.get(`/articles/${id}/workflow`)).json()) as { gates: { gate: string }[] }
  return status.gates.map((gate) => gate.gate)
}

async function siteWideDisclaimer(data: Record<string, unknown> = {}) {
  return t.payload.create({
    collection: 'disclaimers',
    data: liveFixture({
      title: 'Medical disclaimer',
      body: richText('General information only.'),
      scope: 'site-wide',
      active: true,
      ...data,
    }),
    overrideAccess: true,
  })
}

/** For the tests after the disclaimer ones: the site-wide disclaimer is on. */
async function ensureSiteWideDisclaimer() {
  const { totalDocs } = await t.payload.count({
    collection: 'disclaimers',
    where: { scope: { equals: 'site-wide' }, active: { equals: true } },
    overrideAccess: true,
  })
  if (totalDocs === 0) await siteWideDisclaimer()
}

describe('publishing an article that misses every gate', () => {
  it('is refused with every unmet gate in editor words, on every path (no disclaimer exists yet)', async () => {
    const article = await create(
      articleData({ title: `A cure for knee pain ${uniqueSuffix()}`, excerpt: '', citations: [], conditions: [] }),
    )
    const patch = await cast.as.publisher.patch(`/articles/${article.id}`, { _status: 'published' })
    expect(patch.status).toBe(400)
    const body = (await patch.json()) as { errors: { message: string; data?: { gates: { gate: string }[] } }[] }
    expect(body.errors[0]?.message).toBe(EVERY_GATE_REFUSAL)
    expect(body.errors[0]?.data?.gates.map((gate) => gate.gate)).toEqual([
      'approved',
      'citation',
      'condition',
      'excerpt',
      'disclaimer',
      'claims',
    ])

    const endpoint = await act(cast.as.publisher, article.id, 'publish')
    expect(endpoint.status).toBe(400)
    expect(endpoint.body.errors?.[0]?.message).toBe(EVERY_GATE_REFUSAL)

    await expect(
      t.payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, overrideAccess: true }),
    ).rejects.toThrow(EVERY_GATE_REFUSAL)
    expect(await live(t, article.id)).toBeNull()
    expect(await trail(t.payload, article.id)).toEqual([])
  })
})

describe('disclaimers: which ones count', () => {
  it('counts a per-condition disclaimer for one of its conditions, and not for another', async () => {
    const article = await create(complete())
    expect(await gatesOf(article.id)).toContain('disclaimer')
    const otherCondition = await t.payload.create({
      collection: 'conditions',
      data: liveFixture({ name: `Other ${uniqueSuffix()}`, category: 'other' }),
      overrideAccess: true,
    })
    const forOther = await t.payload.create({
      collection: 'disclaimers',
      data: liveFixture({ title: 'Other', body: richText('x'), scope: 'condition', conditions: [otherCondition.id], active: true }),
      overrideAccess: true,
    })
    expect(await gatesOf(article.id)).toContain('disclaimer')
    await t.payload.update({
      collection: 'disclaimers',
      id: forOther.id,
      data: liveFixture({ conditions: [otherCondition.id, conditionId] }),
      overrideAccess: true,
    })
    expect(await gatesOf(article.id)).not.toContain('disclaimer')
    await t.payload.update({ collection: 'disclaimers', id: forOther.id, data: liveFixture({ active: false }), overrideAccess: true })
    expect(await gatesOf(article.id)).toContain('disclaimer')
  })

  it('counts a per-article-type disclaimer for its type only', async () => {
    const summary = await create(complete())
    const lifestyle = await create(articleData({ type: 'lifestyle-post' }))
    const forSummaries = await t.payload.create({
      collection: 'disclaimers',
      data: liveFixture({
        title: 'Research',
        body: richText('x'),
        scope: 'article-type',
        articleTypes: ['research-summary'],
        active: true,
      }),
      overrideAccess: true,
    })
    expect(await gatesOf(summary.id)).not.toContain('disclaimer')
    expect(await gatesOf(lifestyle.id)).toContain('disclaimer')
    await t.payload.update({ collection: 'disclaimers', id: forSummaries.id, data: liveFixture({ active: false }), overrideAccess: true })
  })

  it("counts the article's own disclaimers", async () => {
    const own = await t.payload.create({
      collection: 'disclaimers',
      data: liveFixture({ title: 'Own', body: richText('x'), scope: 'condition', conditions: [], active: true }),
      overrideAccess: true,
    })
    const article = await create(complete({ disclaimers: [own.id] }))
    expect(await gatesOf(article.id)).not.toContain('disclaimer')
    await t.payload.update({ collection: 'disclaimers', id: own.id, data: liveFixture({ active: false }), overrideAccess: true })
  })

  it('counts the active site-wide disclaimer once it is in effect', async () => {
    const article = await create(complete())
    const future = await siteWideDisclaimer({ effectiveDate: new Date(Date.now() + 86_400_000).toISOString() })
    expect(await gatesOf(article.id)).toContain('disclaimer')
    await t.payload.update({ collection: 'disclaimers', id: future.id, data: liveFixture({ effectiveDate: null }), overrideAccess: true })
    expect(await gatesOf(article.id)).toEqual(['approved'])
  })
})

describe('citations must be valid (checked with @clinic/citations)', () => {
  beforeAll(ensureSiteWideDisclaimer)

  it('names the citation and what is wrong with it', async () => {
    const broken = await t.payload.create({ collection: 'citations', data: liveFixture(citationData()), overrideAccess: true })
    // Stored before validation existed, or imported: written straight to the table.
    await t.payload.db.updateOne({ collection: 'citations', id: broken.id, data: { year: 1700 } })
    const article = await create(complete({ citations: [broken.id] }))
    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
    ])
    const refused = await act(cast.as.publisher, article.id, 'publish')
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toBe(
      `This article can't be published yet: 1 citation needs fixing: “${broken.label}” (Year 1700 is not possible: it must be between 1800 and ${new Date().getFullYear() + 1}.).`,
    )
  })
})

describe('the claims check', () => {
  beforeAll(ensureSiteWideDisclaimer)

  const body = 'Stem cells are a proven alternative to surgery for knee pain. They are not a cure.'

  it('shows each finding with where and why, and keeps it open until a reviewer accepts it with a justification', async () => {
    const article = await create(complete({ body: richText(body) }))
    const stored = await latest(t.payload, article.id)
    expect(stored.claimFindings).toEqual([
      expect.objectContaining({
        ruleId: 'alternative-to-surgery',
        field: 'body',
        match: 'proven alternative to surgery',
        context: 'Stem cells are a proven alternative to surgery for knee pain.',
        why: expect.stringContaining('FTC'),
      }),
    ])
    const [finding] = stored.claimFindings as { key: string }[]
    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
    ])
    expect(await gatesOf(article.id)).toEqual(['claims'])

    const byEditor = await act(cast.as.editor, article.id, 'accept_claim', { findingKey: finding!.key, justification: 'Fine.' })
    expect(byEditor.status).toBe(403)
    const unjustified = await act(cast.as.reviewer, article.id, 'accept_claim', { findingKey: finding!.key, justification: ' ' })
    expect(unjustified.status).toBe(400)
    expect(unjustified.body.errors?.[0]?.message).toBe('Accepting a finding needs a written justification.')
    const unknown = await act(cast.as.reviewer, article.id, 'accept_claim', { findingKey: 'cure:body:nope', justification: 'Fine.' })
    expect(unknown.status).toBe(400)

    const justification = 'The cited RCT compared injections with arthroplasty; the sentence quotes its conclusion.'
    expect((await act(cast.as.reviewer, article.id, 'accept_claim', { findingKey: finding!.key, justification })).status).toBe(200)
    const accepted = await latest(t.payload, article.id)
    expect(accepted.acceptedClaims).toEqual([
      expect.objectContaining({
        key: finding!.key,
        ruleId: 'alternative-to-surgery',
        justification,
        acceptedBy: cast.users.reviewer.id,
        acceptedAt: expect.any(String),
      }),
    ])
    expect(accepted.workflowState).toBe('approved')
    expect((await trail(t.payload, article.id)).at(-1)).toMatchObject({ action: 'accept_claim', actorName: 'Test medical-reviewer' })
    expect(await gatesOf(article.id)).toEqual([])
    expect((await act(cast.as.publisher, article.id, 'publish')).status).toBe(200)
  })

  it('lets an acceptance lapse when its sentence changes', async () => {
    const article = await create(complete({ body: richText(body) }))
    const [finding] = (await latest(t.payload, article.id)).claimFindings as { key: string }[]
    await actAll(article.id, [[cast.as.reviewer, 'accept_claim', { findingKey: finding!.key, justification: 'Quoted from the trial.' }]])
    expect(await gatesOf(article.id)).not.toContain('claims')
    await cast.as.editor.patch(`/articles/${article.id}?draft=true`, {
      body: richText('Stem cells are a proven alternative to surgery for every patient. They are not a cure.'),
    })
    expect(await gatesOf(article.id)).toContain('claims')
  })
})

describe("the site's data", () => {
  beforeAll(ensureSiteWideDisclaimer)

  it('exposes reviewer name and review dates of a published summary to anonymous readers, and nothing internal', async () => {
    const article = await create(complete({ body: richText('Some call it a miracle treatment, which it is not shown to be.') }))
    const [finding] = (await latest(t.payload, article.id)).claimFindings as { key: string }[]
    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'accept_claim', { findingKey: finding!.key, justification: 'Reports what others claim.' }],
      [cast.as.reviewer, 'approve'],
      [cast.as.publisher, 'publish'],
    ])
    const visible = (await live(t, article.id)) as unknown as Record<string, unknown>
    expect(visible.reviewerName).toBe('Test medical-reviewer')
    expect(typeof visible.reviewedAt).toBe('string')
    expect(typeof visible.nextReviewDue).toBe('string')
    for (const internal of ['reviewedBy', 'claimFindings', 'scheduledBy', 'scheduledPublishAt']) {
      expect(visible, internal).not.toHaveProperty(internal)
    }
    // Payload answers an unreadable array with [] rather than leaving it out: no rows, no justification.
    expect(visible.acceptedClaims ?? []).toEqual([])
    const staffView = (await (await cast.as.editor.get(`/articles/${article.id}`)).json()) as Article
    expect(staffView.acceptedClaims).toHaveLength(1)
  })
})
