import type { Payload } from 'payload'

import { takeWorkflowAction } from '../../src/collections/Articles/workflow/takeAction'
import { articleData, citationData, liveFixture, richText, uniqueSuffix } from './fixtures'

/**
 * Publishing goes through the editorial workflow's gates on every path, fixtures included: an
 * article must be approved, carry an excerpt, (for a research summary) a valid citation and a
 * condition, have a disclaimer that applies and no open claims-check finding. These helpers give
 * tests what a publishable article needs, so fixtures publish through the same rules as everyone.
 */
export interface PublishingBasics {
  disclaimerId: number
  conditionId: number
  citationId: number
}

const basicsByPayload = new WeakMap<Payload, Promise<PublishingBasics>>()

/** A site-wide disclaimer, a condition and a valid citation, created once per Payload (per test file). */
export function publishingBasics(payload: Payload): Promise<PublishingBasics> {
  let basics = basicsByPayload.get(payload)
  if (!basics) {
    basics = createBasics(payload)
    basicsByPayload.set(payload, basics)
  }
  return basics
}

async function createBasics(payload: Payload): Promise<PublishingBasics> {
  const { docs } = await payload.find({
    collection: 'disclaimers',
    where: { and: [{ scope: { equals: 'site-wide' } }, { active: { equals: true } }] },
    limit: 1,
    overrideAccess: true,
  })
  const disclaimer =
    docs[0] ??
    (await payload.create({
      collection: 'disclaimers',
      data: liveFixture({ title: 'Medical disclaimer', scope: 'site-wide', active: true, body: richText('For general information only.') }),
      overrideAccess: true,
    }))
  const condition = await payload.create({
    collection: 'conditions',
    data: liveFixture({ name: `Knee osteoarthritis ${uniqueSuffix()}`, category: 'orthopaedic', summary: 'Wear of the knee cartilage.' }),
    overrideAccess: true,
  })
  // Live, as a citation already reviewed with an earlier article is; new ones go live with their article (carryCitationsAlong).
  const citation = await payload.create({ collection: 'citations', data: liveFixture(citationData()), overrideAccess: true })
  return { disclaimerId: disclaimer.id, conditionId: condition.id, citationId: citation.id }
}

/** articleData() plus the citation and condition a research summary needs to be published. */
export async function publishableArticleData(payload: Payload, overrides: Record<string, unknown> = {}) {
  const basics = await publishingBasics(payload)
  return articleData({ citations: [basics.citationId], conditions: [basics.conditionId], ...overrides })
}

/**
 * A published article, created by the system (local API without a user) as approved and
 * published in one save: the workflow records both steps and checks every publish gate.
 */
export async function createPublishedArticle(payload: Payload, overrides: Record<string, unknown> = {}) {
  const data = await publishableArticleData(payload, overrides)
  return payload.create({
    collection: 'articles',
    data: { ...data, workflowState: 'approved', _status: 'published' },
    overrideAccess: true,
  })
}

/**
 * A correction to a live reviewed document (a citation, a condition) taken the whole way as the
 * system: saved as the working draft, submitted, approved and published, each step judged by the
 * workflow like a person's.
 */
export async function publishCorrection(
  payload: Payload,
  collection: 'citations' | 'conditions' | 'disclaimers',
  id: number,
  data: Record<string, unknown>,
) {
  await payload.update({ collection, id, data, overrideAccess: true })
  for (const action of ['submit', 'approve', 'publish'] as const) {
    await takeWorkflowAction(payload, { collection, documentId: id, kind: 'transition', action })
  }
}
