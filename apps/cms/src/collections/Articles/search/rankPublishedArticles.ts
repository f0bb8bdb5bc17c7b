import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { LIBRARY_SEARCH_LIMITS } from '@clinic/library-search'

import { type ArticleSearch, RERANKED_MATCHES } from './searchParams'
import { SEARCH_CONFIG } from './searchVectorColumn'

export interface RankedPage {
  ids: number[]
  /** How many match: exactly up to the cap, the cap itself when more do. */
  totalDocs: number
  /** More than `totalDocs` (the cap) match; only a bounded set of candidates was ranked. */
  totalDocsIsLowerBound: boolean
  /** How many match the words exactly as typed (the rest matched an alternative), up to the same cap. */
  exactDocs: number
}

/** How a query with words is matched: as typed, and (when it was widened) by its alternatives. */
export interface MatchPlan {
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
  const filters = [baseFiltersOf(search)]
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
  return sql.join(filters, sql` and `)
}

/** What every search keeps besides its words: published articles, of the type and condition asked for. */
function baseFiltersOf(search: ArticleSearch): SQL {
  const filters = [sql`a."_status" = 'published'`]
  if (search.type !== undefined) filters.push(sql`a."type" = ${search.type}`)
  if (search.conditionSlug !== undefined) {
    filters.push(sql`exists (
      select 1 from "articles_rels" r join "conditions" c on c."id" = r."conditions_id"
      where r."parent_id" = a."id" and r."path" = 'conditions' and c."slug" = ${search.conditionSlug})`)
  }
  return sql.join(filters, sql` and `)
}

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
  return {
    ids: page.rows.map((row) => Number(row.id)),
    totalDocs: Number(counted.rows[0]?.total ?? 0),
    totalDocsIsLowerBound: false,
    exactDocs: 0,
  }
}

/**
 * How many articles `where` keeps, reading no more than `cap + 1` of them. The matches sit in a
 * materialized CTE, planned for all of them (a bitmap scan of the GIN index) but read only as far as
 * the LIMIT asks: planned under the LIMIT itself, PostgreSQL walks the table testing each row's whole
 * vector, which it does not know lives in TOAST (25–40 ms for a common word at 100,000 articles).
 */
const countUpTo = (where: SQL, cap: number): SQL =>
  sql`(with kept as materialized (select 1 from "articles" a where ${where})
    select count(*) from (select 1 from kept limit ${cap + 1}) counted)`

/** The search's page within at most `windowOf` candidates: the best RERANKED_MATCHES, or as deep as the page lies. */
const offsetOf = (search: ArticleSearch) => (search.page - 1) * search.limit
const windowOf = (search: ArticleSearch) => Math.max(RERANKED_MATCHES, offsetOf(search) + search.limit)

/**
 * With words, at most the cap matching: every match (from the GIN index) is ranked by its title and
 * excerpt, newest first among equals; the best RERANKED_MATCHES of them (more when the page asked for
 * lies deeper) are then ranked by `ts_rank` over the whole weighted text, so a word in the body still
 * counts. The ranking as it was before matches were capped, unchanged.
 */
async function rankEveryMatch(db: PostgresAdapter, search: ArticleSearch): Promise<number[]> {
  const query = sql`websearch_to_tsquery(${SEARCH_CONFIG}::regconfig, ${search.q})`
  const result = await db.drizzle.execute<{ id: number }>(sql`
    with matches as (
      select a."id", a."published_at", ts_rank(a."search_rank_vector", ${query}) as head_rank
      from "articles" a where ${filtersOf(search)}
    ),
    candidates as (
      select m."id" from matches m
      order by m.head_rank desc, m."published_at" desc nulls last, m."id" desc
      limit ${windowOf(search)}
    )
    select a."id" as id
    from candidates c join "articles" a on a."id" = c."id"
    order by ts_rank(a."search_vector", ${query}) desc, a."published_at" desc nulls last, a."id" desc
    limit ${search.limit} offset ${offsetOf(search)}`)
  return result.rows.map((row) => Number(row.id))
}

/**
 * A widened query, at most the cap matching: what matches as typed ranks first, in the order
 * `rankEveryMatch` gives it (so a correct query's first result never changes), then what only an
 * alternative matches (a corrected spelling, an alias, a compound), then articles only tagged with a
 * condition the query names. The ranking as it was before matches were capped, unchanged.
 */
async function rankEveryWidenedMatch(db: PostgresAdapter, search: ArticleSearch, plan: MatchPlan & { broader: SQL }): Promise<number[]> {
  const exact = sql`websearch_to_tsquery(${SEARCH_CONFIG}::regconfig, ${search.q})`
  // Without condition-tagged matches every non-exact match matched the words' alternatives.
  const textTier =
    plan.namedConditionIds.length === 0
      ? sql`true`
      : sql`a."id" in (select b."id" from "articles" b where b."_status" = 'published' and b."search_vector" @@ ${plan.broader})`
  const result = await db.drizzle.execute<{ id: number }>(sql`
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
      limit ${windowOf(search)}
    )
    select a."id" as id
    from candidates c join "articles" a on a."id" = c."id"
    order by c.tier desc, ts_rank(a."search_vector", case when c.tier = 2 then ${exact} else ${plan.broader} end) desc,
      a."published_at" desc nulls last, a."id" desc
    limit ${search.limit} offset ${offsetOf(search)}`)
  return result.rows.map((row) => Number(row.id))
}

/** Matches of one kind, taken newest first; `tier` is what the ranking puts first (2 as typed, 1 alternatives, 0 tagged only). */
interface CandidatePool {
  where: SQL
  tier: 0 | 1 | 2
  /** Tested on the in-row title/excerpt vector alone (without a `-word`, see inTitleOrExcerpt). */
  inRow: boolean
  /** A phrase's tsquery, tested on each candidate of `where` (its words, see bodyMatches) newest first until enough match. */
  verify?: SQL
}

/**
 * Matches in its title or excerpt (the in-row vector the ranking reads). Without a `-word` such a
 * match also matches the whole vector (title and excerpt come first in it, at the same positions),
 * so the whole vector, read from TOAST, is tested only when the query excludes a word.
 */
function inTitleOrExcerpt(tsquery: SQL, excludes: boolean): SQL {
  const head = sql`a."search_rank_vector" @@ ${tsquery}`
  return excludes ? sql`${head} and a."search_vector" @@ ${tsquery}` : head
}

/** The publication date of the `reach`-th newest published article (an index-only scan), or null when fewer are published. */
async function publishedSince(db: PostgresAdapter, reach: number): Promise<string | null> {
  const result = await db.drizzle.execute<{ since: string | null }>(sql`
    select a."published_at"::text as since from "articles" a where a."_status" = 'published'
    order by a."published_at" desc nulls last, a."id" desc nulls last offset ${reach - 1} limit 1`)
  return result.rows[0]?.since ?? null
}

/**
 * The newest `room` body matches of a pool. Read newest first, each row's whole vector would come
 * from TOAST (over 100 ms for a word in a tenth of the library at 100,000 articles), so the matches
 * come from the GIN index behind a fence (as in countUpTo); and rather than visiting every match of a
 * common word (30 ms for one in a tenth), first only those among the newest 15 × room published
 * articles (the two indexes ANDed), then all: when enough match in the newest slice, they are the
 * newest matches of all. (A second, wider slice cost more than it saved: finding where it starts walks
 * the date index that far, 40–130 ms under load for 60 × room.)
 */
async function newestBodyMatches(db: PostgresAdapter, pool: CandidatePool, taken: string, room: number): Promise<{ id: number }[]> {
  for (const reach of [15 * room, null]) {
    const since = reach === null ? null : await publishedSince(db, reach)
    const where = since === null ? pool.where : sql`${pool.where} and a."published_at" >= ${since}::timestamptz`
    const newest = sql`order by p."published_at" desc nulls last, p."id" desc nulls last`
    const rows = (
      await db.drizzle.execute<{ id: number }>(
        pool.verify === undefined
          ? sql`with p as materialized (select a."id", a."published_at" from "articles" a where ${where})
              select p."id" from p where p."id" <> all(${taken}::integer[]) ${newest} limit ${room}`
          : // Newest first, each tested (from TOAST) only until enough match: a nested loop in that order.
            sql`with p as materialized (select a."id", a."published_at" from "articles" a where ${where})
              select s."id" from (select p."id", p."published_at" from p where p."id" <> all(${taken}::integer[]) ${newest}) s
              cross join lateral (select 1 from "articles" v where v."id" = s."id" and v."search_vector" @@ ${pool.verify}) verified
              limit ${room}`,
      )
    ).rows
    if (rows.length >= room || since === null) return rows
  }
  return []
}

/**
 * More than the cap match: the candidates are the first `cap` of the pools in turn, each newest first
 * (a pool is read only while all before it fitted, so every candidate outranks, tier by tier, what
 * was left out), then ranked exactly as every match is ranked below the cap.
 */
async function rankCandidates(
  db: PostgresAdapter,
  search: ArticleSearch,
  pools: readonly CandidatePool[],
  tsqueryOfTier: (tier: SQL) => SQL,
  cap: number,
): Promise<number[]> {
  const chosen: { id: number; tier: number }[] = []
  for (const pool of pools) {
    const room = cap - chosen.length
    if (room <= 0) break
    const taken = `{${chosen.map((c) => c.id).join(',')}}`
    // Title/excerpt matches are tested on the in-row vector, so PostgreSQL may read them newest first
    // (articles_published_order_idx) or from their GIN index, whichever its statistics favour.
    const ids = pool.inRow
      ? (
          await db.drizzle.execute<{ id: number }>(sql`
            select a."id" from "articles" a where ${pool.where} and a."id" <> all(${taken}::integer[])
            order by a."published_at" desc nulls last, a."id" desc nulls last limit ${room}`)
        ).rows
      : await newestBodyMatches(db, pool, taken, room)
    chosen.push(...ids.map((row) => ({ id: Number(row.id), tier: pool.tier })))
  }
  if (offsetOf(search) >= chosen.length) return []
  const ids = `{${chosen.map((c) => c.id).join(',')}}`
  const tiers = `{${chosen.map((c) => c.tier).join(',')}}`
  const result = await db.drizzle.execute<{ id: number }>(sql`
    with chosen as (
      select c."id", c.tier from unnest(${ids}::integer[], ${tiers}::integer[]) as c("id", tier)
    ),
    candidates as (
      select c."id", c.tier from chosen c join "articles" a on a."id" = c."id"
      order by c.tier desc, ts_rank(a."search_rank_vector", ${tsqueryOfTier(sql`c.tier`)}) desc, a."published_at" desc nulls last, a."id" desc
      limit ${windowOf(search)}
    )
    select a."id" as id
    from candidates c join "articles" a on a."id" = c."id"
    order by c.tier desc, ts_rank(a."search_vector", ${tsqueryOfTier(sql`c.tier`)}) desc, a."published_at" desc nulls last, a."id" desc
    limit ${search.limit} offset ${offsetOf(search)}`)
  return result.rows.map((row) => Number(row.id))
}

/** Whether a query excludes a word (`-word`, which `websearch_to_tsquery` writes as `!`). */
const excludesWord = (tsquery: SQL) => sql`position('!' in (${tsquery})::text) > 0`
/** Whether it holds a phrase (`"…"` or a hyphenated word, which `websearch_to_tsquery` writes with `<->`). */
const hasPhrase = (tsquery: SQL) => sql`position('<' in (${tsquery})::text) > 0`

/**
 * Matches in the whole text (title, excerpt, body, cited papers). The GIN index cannot check a
 * phrase's word order, so PostgreSQL would re-test every match's whole vector from TOAST (a second at
 * 100,000 articles under load for a hyphenated word in a tenth of the library). Then the candidates
 * are the matches of its words in any order (the phrase's `<->` read as `&`, which the index answers
 * alone), and the phrase itself is tested on them newest first, only until enough match. Not with a
 * `-word`: `!a <-> b` is not implied by `!a & b`.
 */
function bodyMatches(base: SQL, tsquery: SQL, tier: 0 | 1 | 2, facts: { excludes: boolean; phrase: boolean }): CandidatePool {
  if (!facts.phrase || facts.excludes) return { where: sql`${base} and a."search_vector" @@ ${tsquery}`, tier, inRow: false }
  const words = sql`replace(regexp_replace((${tsquery})::text, '<[0-9]+>', '&', 'g'), '<->', '&')::tsquery`
  return { where: sql`${base} and a."search_vector" @@ ${words}`, tier, inRow: false, verify: tsquery }
}

async function bestMatches(db: PostgresAdapter, search: ArticleSearch, cap: number): Promise<RankedPage> {
  const exact = sql`websearch_to_tsquery(${SEARCH_CONFIG}::regconfig, ${search.q})`
  const counted = await db.drizzle.execute<{ total: string | number; excludes: boolean; phrase: boolean }>(
    sql`select ${countUpTo(filtersOf(search), cap)} as total, ${excludesWord(exact)} as excludes, ${hasPhrase(exact)} as phrase`,
  )
  const total = Number(counted.rows[0]?.total ?? 0)
  if (total <= cap) {
    const ids = offsetOf(search) < total ? await rankEveryMatch(db, search) : []
    return { ids, totalDocs: total, totalDocsIsLowerBound: false, exactDocs: total }
  }
  const base = baseFiltersOf(search)
  const facts = { excludes: counted.rows[0]?.excludes === true, phrase: counted.rows[0]?.phrase === true }
  const ids = await rankCandidates(
    db,
    search,
    [
      { where: sql`${base} and ${inTitleOrExcerpt(exact, facts.excludes)}`, tier: 2, inRow: !facts.excludes },
      bodyMatches(base, exact, 2, facts),
    ],
    () => exact,
    cap,
  )
  return { ids, totalDocs: cap, totalDocsIsLowerBound: true, exactDocs: cap }
}

async function bestWidenedMatches(
  db: PostgresAdapter,
  search: ArticleSearch,
  plan: MatchPlan & { broader: SQL },
  cap: number,
): Promise<RankedPage> {
  const exact = sql`websearch_to_tsquery(${SEARCH_CONFIG}::regconfig, ${search.q})`
  const either = sql`(${exact} || ${plan.broader})`
  const base = baseFiltersOf(search)
  // Text matches first: each count reads at most cap + 1 rows from its GIN index. Only when the text
  // matches fit under the cap are the condition's tagged articles added, through the union filtersOf
  // builds (which would otherwise collect every text match of a common word to join them).
  const counted = await db.drizzle.execute<{
    text_total: string | number
    exact_total: string | number
    excludes: boolean
    phrase: boolean
  }>(sql`
    select ${countUpTo(sql`${base} and a."search_vector" @@ ${either}`, cap)} as text_total,
      ${countUpTo(filtersOf(search), cap)} as exact_total, ${excludesWord(either)} as excludes, ${hasPhrase(either)} as phrase`)
  const textTotal = Number(counted.rows[0]?.text_total ?? 0)
  const exactTotal = Math.min(cap, Number(counted.rows[0]?.exact_total ?? 0))
  let total = textTotal
  if (textTotal <= cap && plan.namedConditionIds.length > 0) {
    const all = await db.drizzle.execute<{ total: string | number }>(sql`select ${countUpTo(filtersOf(search, plan), cap)} as total`)
    total = Number(all.rows[0]?.total ?? 0)
  }
  if (total <= cap) {
    const ids = offsetOf(search) < total ? await rankEveryWidenedMatch(db, search, plan) : []
    return { ids, totalDocs: total, totalDocsIsLowerBound: false, exactDocs: exactTotal }
  }
  const facts = { excludes: counted.rows[0]?.excludes === true, phrase: counted.rows[0]?.phrase === true }
  const pools: CandidatePool[] = [
    { where: sql`${base} and ${inTitleOrExcerpt(exact, facts.excludes)}`, tier: 2, inRow: !facts.excludes },
    bodyMatches(base, exact, 2, facts),
    { where: sql`${base} and ${inTitleOrExcerpt(either, facts.excludes)}`, tier: 1, inRow: !facts.excludes },
    bodyMatches(base, either, 1, facts),
  ]
  if (plan.namedConditionIds.length > 0) {
    pools.push({
      where: sql`${base} and a."id" in (select r."parent_id" from "articles_rels" r where r."path" = 'conditions'
        and r."conditions_id" in (${sql.join(
          plan.namedConditionIds.map((id) => sql`${id}`),
          sql`, `,
        )}))`,
      tier: 0,
      inRow: true,
    })
  }
  const ids = await rankCandidates(db, search, pools, (tier) => sql`case when ${tier} = 2 then ${exact} else ${plan.broader} end`, cap)
  return { ids, totalDocs: cap, totalDocsIsLowerBound: true, exactDocs: exactTotal }
}

/**
 * One page of published article ids for the research library, how many match in all (exactly up to
 * `cap`, LIBRARY_SEARCH_LIMITS.countedMatches), and how many of them match the words exactly as typed.
 * Up to the cap every match is ranked; beyond it the candidates are, in turn: matches of the words as
 * typed in a title or excerpt (newest first), then in the body (newest first), then the same for the
 * alternatives, then articles only tagged with a condition the query names, up to the cap.
 */
export async function rankPublishedArticles(
  db: PostgresAdapter,
  search: ArticleSearch,
  plan: MatchPlan = NO_WIDENING,
  cap: number = LIBRARY_SEARCH_LIMITS.countedMatches,
): Promise<RankedPage> {
  if (search.q === '') return newestFirst(db, search)
  if (plan.broader === null) return bestMatches(db, search, cap)
  return bestWidenedMatches(db, search, { ...plan, broader: plan.broader }, cap)
}
