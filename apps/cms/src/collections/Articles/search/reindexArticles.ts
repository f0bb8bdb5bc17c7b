import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { citedPapers } from './citedPapers'
import { searchTextOf } from './searchTextOf'

/** The transaction's drizzle when the request is inside one, so a rolled-back save re-indexes nothing. */
async function drizzleFor(req: PayloadRequest) {
  const db = req.payload.db as unknown as PostgresAdapter
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  return (transactionID !== undefined && db.sessions?.[transactionID]?.db) || db.drizzle
}

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
