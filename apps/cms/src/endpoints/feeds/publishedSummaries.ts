import type { PayloadRequest, Where } from 'payload'

import type { Article, Citation, Condition } from '@clinic/shared-types'

export const FEED_SIZE = 50

export interface FeedScope {
  items: Article[]
  condition?: Condition
}

/** The latest published research summaries, optionally only those about one condition (by slug). */
export async function publishedSummaries(req: PayloadRequest): Promise<FeedScope | null> {
  const conditionSlug = typeof req.query?.condition === 'string' ? req.query.condition : undefined
  let condition: Condition | undefined
  if (conditionSlug) {
    const found = await req.payload.find({
      collection: 'conditions',
      where: { slug: { equals: conditionSlug }, _status: { equals: 'published' } },
      limit: 1,
      req,
    })
    condition = found.docs[0]
    if (!condition) return null
  }
  const where: Where = {
    and: [
      { _status: { equals: 'published' } },
      { type: { equals: 'research-summary' } },
      ...(condition ? [{ conditions: { contains: condition.id } }] : []),
    ],
  }
  const { docs } = await req.payload.find({
    collection: 'articles',
    where,
    sort: '-publishedAt',
    limit: FEED_SIZE,
    depth: 1,
    req,
  })
  return { items: docs, condition }
}

export function firstCitation(article: Article): Citation | undefined {
  const first = article.citations?.[0]
  return typeof first === 'object' && first !== null ? first : undefined
}
