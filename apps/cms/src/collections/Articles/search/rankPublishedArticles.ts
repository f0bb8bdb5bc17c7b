import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'

import type { ArticleSearch } from './searchParams'
import { SEARCH_CONFIG } from './searchVectorColumn'

export interface RankedPage {
  ids: number[]
  totalDocs: number
}

type Row = { id: number; total: string | number }

/**
 * One page of published article ids, best match first (`ts_rank` over the weighted vector, ties by
 * newest), and how many match in all. Reads the main table, where Payload keeps only what is
 * published or was never published: `_status = 'published'` keeps drafts out.
 */
export async function rankPublishedArticles(db: PostgresAdapter, search: ArticleSearch): Promise<RankedPage> {
  const filters = [sql`a."_status" = 'published'`]
  const query = sql`websearch_to_tsquery(${SEARCH_CONFIG}::regconfig, ${search.q})`
  if (search.q !== '') filters.push(sql`a."search_vector" @@ ${query}`)
  if (search.type !== undefined) filters.push(sql`a."type" = ${search.type}`)
  if (search.conditionSlug !== undefined) {
    filters.push(sql`exists (
      select 1 from "articles_rels" r join "conditions" c on c."id" = r."conditions_id"
      where r."parent_id" = a."id" and r."path" = 'conditions' and c."slug" = ${search.conditionSlug})`)
  }
  const where = sql.join(filters, sql` and `)
  const byRelevance = search.q !== '' ? sql`ts_rank(a."search_vector", ${query}) desc, ` : sql``

  const page = await db.drizzle.execute<Row>(sql`
    select a."id" as id, count(*) over () as total
    from "articles" a
    where ${where}
    order by ${byRelevance}a."published_at" desc nulls last, a."id" desc
    limit ${search.limit} offset ${(search.page - 1) * search.limit}`)
  const rows = page.rows
  if (rows.length > 0) return { ids: rows.map((row) => Number(row.id)), totalDocs: Number(rows[0]!.total) }
  if (search.page === 1) return { ids: [], totalDocs: 0 }

  // Past the last page the window count has no row to ride on; count on its own.
  const counted = await db.drizzle.execute<{ total: string | number }>(
    sql`select count(*) as total from "articles" a where ${where}`,
  )
  return { ids: [], totalDocs: Number(counted.rows[0]?.total ?? 0) }
}
