/**
 * The library's ranking as it was before matches were capped (main at 441e045, verbatim but for the
 * imports and this function's name): the reference that below the cap the capped ranking must equal
 * answer for answer (ranking-below-the-cap.test.ts).
 */
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { type ArticleSearch, RERANKED_MATCHES } from '../../src/collections/Articles/search/searchParams'
import { SEARCH_CONFIG } from '../../src/collections/Articles/search/searchVectorColumn'

interface RankedPage {
  ids: number[]
  totalDocs: number
}

/** How a query with words is matched: as typed, and (when it was widened) by its alternatives. */
interface MatchPlan {
  /** The widened tsquery (broaderTsquery.ts); null searches exactly what was typed. */
  broader: SQL | null
  /** Conditions the whole query names: their articles match too, below any text match. */
  namedConditionIds: number[]
}

const NO_WIDENING: MatchPlan = { broader: null, namedConditionIds: [] }

/**
 * Filters on the main table, where Payload keeps only what is published or was never published:
 * `_status = 'published'` keeps drafts out.
 */
function filtersOf(search: ArticleSearch, plan: MatchPlan = NO_WIDENING): SQL {
  const filters = [sql`a."_status" = 'published'`]
  const exact = sql`a."search_vector" @@ websearch_to_tsquery(${SEARCH_CONFIG}::regconfig, ${search.q})`
  if (search.q !== '' && plan.broader === null) filters.push(exact)
  if (search.q !== '' && plan.broader !== null) {
    // A set of ids from the GIN index (and the condition's tagged articles), never an OR across a
    // subquery: that made PostgreSQL test every article's whole vector (over 5 s at 100,000).
    const related =
      plan.namedConditionIds.length === 0
        ? sql``
        : sql`union select r."parent_id" from "articles_rels" r where r."path" = 'conditions'
            and r."conditions_id" in (${sql.join(
              plan.namedConditionIds.map((id) => sql`${id}`),
              sql`, `,
            )})`
    filters.push(sql`a."id" in (
      select b."id" from "articles" b
      where b."search_vector" @@ (websearch_to_tsquery(${SEARCH_CONFIG}::regconfig, ${search.q}) || ${plan.broader})
      ${related})`)
  }
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

/**
 * A widened query: what matches as typed ranks first, in the order `bestMatches` gives it (so a
 * correct query's first result never changes), then what only an alternative matches (a corrected
 * spelling, an alias, a compound), then articles only tagged with a condition the query names.
 */
async function bestWidenedMatches(
  db: PostgresAdapter,
  search: ArticleSearch,
  plan: MatchPlan & { broader: SQL },
): Promise<RankedPage & { exactDocs: number }> {
  const exact = sql`websearch_to_tsquery(${SEARCH_CONFIG}::regconfig, ${search.q})`
  const offset = (search.page - 1) * search.limit
  const window = Math.max(RERANKED_MATCHES, offset + search.limit)
  // Without condition-tagged matches every non-exact match matched the words' alternatives.
  const textTier =
    plan.namedConditionIds.length === 0
      ? sql`true`
      : sql`a."id" in (select b."id" from "articles" b where b."_status" = 'published' and b."search_vector" @@ ${plan.broader})`
  const result = await db.drizzle.execute<Row & { exact_total: string | number }>(sql`
    with exact_matches as (
      select a."id" from "articles" a where ${filtersOf(search)}
    ),
    matches as (
      -- Tiers from index lookups: testing each row's vector here would read every match's whole
      -- vector from TOAST (seconds for a common alias at 100,000 articles).
      select a."id", a."published_at", a."search_rank_vector",
        case when a."id" in (select e."id" from exact_matches e) then 2
             when ${textTier} then 1 else 0 end as tier
      from "articles" a where ${filtersOf(search, plan)}
    ),
    ranked as (
      -- The small in-row vector, carried from the scan above rather than joined back for every match.
      select m."id", m."published_at", m.tier,
        ts_rank(m."search_rank_vector", case when m.tier = 2 then ${exact} else ${plan.broader} end) as head_rank
      from matches m
    ),
    candidates as (
      select r."id", r.tier from ranked r
      order by r.tier desc, r.head_rank desc, r."published_at" desc nulls last, r."id" desc
      limit ${window}
    )
    select a."id" as id, (select count(*) from matches) as total, (select count(*) from matches where tier = 2) as exact_total
    from candidates c join "articles" a on a."id" = c."id"
    order by c.tier desc, ts_rank(a."search_vector", case when c.tier = 2 then ${exact} else ${plan.broader} end) desc,
      a."published_at" desc nulls last, a."id" desc
    limit ${search.limit} offset ${offset}`)
  const rows = result.rows
  if (rows.length > 0) {
    return { ids: rows.map((row) => Number(row.id)), totalDocs: Number(rows[0]!.total), exactDocs: Number(rows[0]!.exact_total) }
  }
  const counted = await db.drizzle.execute<{ total: string | number; exact_total: string | number }>(sql`
    select count(*) as total, count(*) filter (where a."search_vector" @@ ${exact}) as exact_total
    from "articles" a where ${filtersOf(search, plan)}`)
  return { ids: [], totalDocs: Number(counted.rows[0]?.total ?? 0), exactDocs: Number(counted.rows[0]?.exact_total ?? 0) }
}

/**
 * One page of published article ids for the research library, how many match in all, and how many
 * of them match the words exactly as typed.
 */
export async function rankBeforeTheCap(
  db: PostgresAdapter,
  search: ArticleSearch,
  plan: MatchPlan = NO_WIDENING,
): Promise<RankedPage & { exactDocs: number }> {
  if (search.q === '') return { ...(await newestFirst(db, search)), exactDocs: 0 }
  if (plan.broader === null) {
    const page = await bestMatches(db, search)
    return { ...page, exactDocs: page.totalDocs }
  }
  return bestWidenedMatches(db, search, { ...plan, broader: plan.broader })
}
