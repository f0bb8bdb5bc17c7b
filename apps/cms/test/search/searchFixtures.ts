import type { Payload } from 'payload'

import type { Article } from '@clinic/shared-types'

import { citationData, liveFixture, richText } from '../helpers/fixtures'
import { publishingBasics } from '../helpers/publishing'
import type { RestClient } from '../helpers/rest'

export interface SearchPage {
  docs: Pick<Article, 'id' | 'title' | 'slug' | 'type' | 'excerpt' | 'publishedAt' | 'conditions'>[]
  totalDocs: number
  limit: number
  page: number
  totalPages: number
  hasPrevPage: boolean
  hasNextPage: boolean
  prevPage: number | null
  nextPage: number | null
  totalDocsIsLowerBound: boolean
  exactDocs: number
  didYouMean: string | null
  conditions: { id: number; name: string; slug: string; summary: string | null }[]
  highlights: Record<string, { title: [number, number][]; excerpt: [number, number][] }>
}

export interface ArticleText {
  title: string
  excerpt?: string
  body?: string
  type?: Article['type']
  citations?: number[]
  conditions?: number[]
  publishedAt?: string
}

/**
 * A published article, approved and published in one system save (the workflow still checks every
 * publish gate: hence the excerpt and a site-wide disclaimer from publishingBasics).
 */
export async function publishArticle(payload: Payload, text: ArticleText) {
  await publishingBasics(payload)
  return payload.create({
    collection: 'articles',
    data: {
      type: 'lifestyle-post',
      excerpt: 'Notes for readers.',
      ...text,
      body: richText(text.body ?? 'Plain words.'),
      workflowState: 'approved',
      _status: 'published',
    },
    overrideAccess: true,
  })
}

export async function saveDraftArticle(payload: Payload, text: ArticleText) {
  return payload.create({
    collection: 'articles',
    data: { type: 'lifestyle-post', ...text, body: richText(text.body ?? 'Plain words.'), _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
}

export async function createCitation(payload: Payload, overrides: Record<string, unknown> = {}) {
  return payload.create({ collection: 'citations', data: liveFixture(citationData(overrides)), overrideAccess: true })
}

export async function createCondition(payload: Payload, name: string, aliases: string[] = []) {
  return payload.create({
    collection: 'conditions',
    data: liveFixture({ name, category: 'other', summary: `About ${name}.`, aliases: aliases.map((alias) => ({ alias })) }),
    overrideAccess: true,
  })
}

/** GET /api/articles/search as an anonymous visitor. */
export async function search(rest: RestClient, params: Record<string, string | number>) {
  const query = new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)]))
  const response = await rest.get(`/articles/search?${query}`)
  return { status: response.status, body: (await response.json()) as SearchPage }
}

export const titles = (page: { docs: readonly { title: string }[] }) => page.docs.map((doc) => doc.title)
