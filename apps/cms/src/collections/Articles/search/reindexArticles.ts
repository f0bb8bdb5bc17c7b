import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '../../../utilities/drizzleFor'
import { citedPapers } from './citedPapers'
import { searchTextOf } from './searchTextOf'

/** Ids of the articles (main table: published or never-published) whose citations include this one. */
export async function articlesCiting(req: PayloadRequest, citationId: number): Promise<number[]> {
  const drizzle = await drizzleFor(req)
  const result = await drizzle.execute<{ id: number }>(sql`
    select distinct r."parent_id" as id from "articles_rels" r
    where r."path" = 'citations' and r."citations_id" = ${citationId}`)
  return result.rows.map((row) => Number(row.id))
}

/**
 * Rewrites `search_text` of the given articles in place. Deliberately not `payload.update`: a
 * re-index is not an edit, so it must not create versions, touch `updatedAt` or move an article
 * through the editorial workflow.
 */
export async function reindexArticles(req: PayloadRequest, ids: number[]): Promise<void> {
  if (ids.length === 0) return
  const drizzle = await drizzleFor(req)
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { id: { in: ids } },
    select: { title: true, excerpt: true, body: true, citations: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const article of docs) {
    const text = searchTextOf(article, await citedPapers(req, article.citations))
    await drizzle.execute(sql`update "articles" set "search_text" = ${text} where "id" = ${article.id}`)
  }
}
