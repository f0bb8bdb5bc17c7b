import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { type ArticleSearch, RERANKED_MATCHES } from './searchParams'
import { SEARCH_CONFIG } from './searchVectorColumn'

export interface RankedPage {
  ids: number[]
  totalDocs: number
}


/**
 * Filters on the main table, where Payload keeps only what is published or was never published:
 * `_status = 'published'` keeps drafts out.
 */
function filtersOf(search: ArticleSearch): SQL {
  const filters = [sql`a."_status" = 'published'`]
  if (search.q !== '') filters.push(sql`a."search_vector" @@ websearch_to_tsquery(${SEARCH_CONFIG}::regconfig, ${search.q})`)
  if (search.type !== undefined) filters.push(sql`a."type" = ${search.type}`)
  if (search.conditionSlug !== undefined) {
    filters.push(sql`exists (
      select 1 from "articles_rels" r join "conditions" c on c."id" = r."conditions_id"
      where r."parent_id" = a."id" and r."path" = 'conditions' and c."slug" = ${search.conditionSlug})`)
  }
  return sql.join(filters, sql` and `)
}

type Row = { id: number; total: string | number }

/** Without words: newest first, read in the order of articles_published_order_idx, counted on the side. */
async function newestFirst(db: PostgresAdapter, search: ArticleSearch): Promise<RankedPage> {
  const where = filtersOf(search)
  const [page, counted] = await Promise.all([
    db.drizzle.execute<{ id: number }>(sql`
      select a."id" as id from "articles" a where ${where}
      order by a."published_at" desc nulls last, a."id" desc nulls last
      limit ${search.limit} offset ${(search.page - 1) * search.limit}`),
    db.drizzle.execute<{ total: string | number }>(sql`select count(*) as total from "articles" a where ${where}`),
  ])
  return { ids: page.rows.map((row) => Number(row.id)), totalDocs: Number(counted.rows[0]?.total ?? 0) }
}

/**
 * With words: every match (from the GIN index) is ranked by its title and excerpt, newest first
 * among equals; the best RERANKED_MATCHES of them (more when the page asked for lies deeper) are
 * then ranked by `ts_rank` over the whole weighted text, so a word in the body still counts.
 */
async function bestMatches(db: PostgresAdapter, search: ArticleSearch): Promise<RankedPage> {
  const query = sql`websearch_to_tsquery(${SEARCH_CONFIG}::regconfig, ${search.q})`
  const offset = (search.page - 1) * search.limit
  const window = Math.max(RERANKED_MATCHES, offset + search.limit)
  const result = await db.drizzle.execute<Row>(sql`
    with matches as (
      select a."id", a."published_at", ts_rank(a."search_rank_vector", ${query}) as head_rank
      from "articles" a where ${filtersOf(search)}
    ),
    candidates as (
      select m."id" from matches m
      order by m.head_rank desc, m."published_at" desc nulls last, m."id" desc
      limit ${window}
    )
    select a."id" as id, (select count(*) from matches) as total
    from candidates c join "articles" a on a."id" = c."id"
    order by ts_rank(a."search_vector", ${query}) desc, a."published_at" desc nulls last, a."id" desc
    limit ${search.limit} offset ${offset}`)
  const rows = result.rows
  if (rows.length > 0) return { ids: rows.map((row) => Number(row.id)), totalDocs: Number(rows[0]!.total) }
  // Past the last page there is no row to carry the count; count on its own.
  const counted = await db.drizzle.execute<{ total: string | number }>(
    sql`select count(*) as total from "articles" a where ${filtersOf(search)}`,
  )
  return { ids: [], totalDocs: Number(counted.rows[0]?.total ?? 0) }
}

/** One page of published article ids for the research library, and how many match in all. */
export async function rankPublishedArticles(db: PostgresAdapter, search: ArticleSearch): Promise<RankedPage> {
  return search.q === '' ? newestFirst(db, search) : bestMatches(db, search)
}
