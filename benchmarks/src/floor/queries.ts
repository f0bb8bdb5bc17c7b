import type pg from 'pg'

import { LIBRARY_SEARCH_LIMITS } from '@clinic/library-search'

import { RERANKED_MATCHES } from '../../../apps/cms/src/collections/Articles/search/searchParams'

/**
 * The three published reads, each as the fewest plain SQL statements that give the same answer as
 * the CMS: the same rows, the same related documents (what `depth: 1` populates) and the same
 * paginated envelope. This is the floor: what the hardware and PostgreSQL cost without a framework.
 */

const LIST_LIMIT = 12
const SEARCH_LIMIT = 10
const SEARCH_CONFIG = 'english'

type Row = Record<string, unknown>

function envelope(docs: Row[], totalDocs: number, page: number, limit: number) {
  const totalPages = Math.ceil(totalDocs / limit)
  return {
    docs,
    totalDocs,
    limit,
    page,
    totalPages,
    pagingCounter: (page - 1) * limit + 1,
    hasPrevPage: page > 1,
    hasNextPage: page < totalPages,
    prevPage: page > 1 ? page - 1 : null,
    nextPage: page < totalPages ? page + 1 : null,
  }
}

/** Each article's conditions in the editor's order, as Payload's default populate shows them (id, name, slug, category). */
async function conditionsOf(db: pg.Pool, ids: number[]): Promise<Map<number, Row[]>> {
  const { rows } = await db.query<Row & { parent_id: number }>(
    `select r.parent_id, c.id, c.name, c.slug, c.category
       from articles_rels r join conditions c on c.id = r.conditions_id
      where r.parent_id = any($1) and r.path = 'conditions'
      order by r.parent_id, r."order"`,
    [ids],
  )
  const byArticle = new Map<number, Row[]>()
  for (const { parent_id, ...condition } of rows) {
    byArticle.set(parent_id, [...(byArticle.get(parent_id) ?? []), condition])
  }
  return byArticle
}

const SUMMARY_COLUMNS = `a.id, a.title, a.slug, a.type, a.excerpt, a.published_at as "publishedAt"`

async function withConditions(db: pg.Pool, docs: Row[]): Promise<Row[]> {
  const conditions = await conditionsOf(
    db,
    docs.map((doc) => Number(doc.id)),
  )
  return docs.map((doc) => ({ ...doc, conditions: conditions.get(Number(doc.id)) ?? [] }))
}

/** Newest published articles, 12 a page, with their conditions. */
export async function listPublished(db: pg.Pool, page: number) {
  const [docs, count] = await Promise.all([
    db.query<Row>(
      `select ${SUMMARY_COLUMNS} from articles a where a._status = 'published'
        order by a.published_at desc limit $1 offset $2`,
      [LIST_LIMIT, (page - 1) * LIST_LIMIT],
    ),
    db.query<{ total: string }>(`select count(*) as total from articles where _status = 'published'`),
  ])
  return envelope(await withConditions(db, docs.rows), Number(count.rows[0]!.total), page, LIST_LIMIT)
}

/** One published article with its citations (authors in order) and conditions. */
export async function articleBySlug(db: pg.Pool, slug: string) {
  const found = await db.query<Row>(
    `select a.id, a.title, a.type, a.excerpt, a.body, a.published_at as "publishedAt", a.slug,
            a.updated_at as "updatedAt", a.created_at as "createdAt", a._status as "_status"
       from articles a where a.slug = $1 and a._status = 'published'`,
    [slug],
  )
  const article = found.rows[0]
  if (!article) return envelope([], 0, 1, 1)
  const [citations, conditions] = await Promise.all([
    db.query<Row>(
      `select c.id, c.label, c.title, c.journal, c.year, c.volume, c.issue, c.pages, c.doi, c.pmid, c.pmcid,
              coalesce((select json_agg(json_build_object('id', au.id, 'name', au.name) order by au._order)
                          from citations_authors au where au._parent_id = c.id), '[]') as authors
         from articles_rels r join citations c on c.id = r.citations_id
        where r.parent_id = $1 and r.path = 'citations'
        order by r."order"`,
      [article.id],
    ),
    conditionsOf(db, [Number(article.id)]),
  ])
  const doc = { ...article, citations: citations.rows, conditions: conditions.get(Number(article.id)) ?? [] }
  return envelope([doc], 1, 1, 1)
}

/**
 * The newest `room` body matches as the CMS finds them (rankPublishedArticles.ts newestBodyMatches):
 * from the GIN index within the newest 15 × room published articles, then all; a
 * phrase (without a `-word`) matched by its words, then tested newest first until enough match.
 */
async function newestBodyMatches(db: pg.Pool, q: string, room: number, taken: number[], facts: { excludes: boolean; phrase: boolean }) {
  const query = `websearch_to_tsquery('${SEARCH_CONFIG}', $1)`
  const verify = facts.phrase && !facts.excludes
  const matchOn = verify ? `replace(regexp_replace(${query}::text, '<[0-9]+>', '&', 'g'), '<->', '&')::tsquery` : query
  for (const reach of [15 * room, null]) {
    const since =
      reach === null
        ? null
        : ((
            await db.query<{ since: string | null }>(
              `select published_at::text as since from articles where _status = 'published'
                order by published_at desc nulls last, id desc nulls last offset $1 limit 1`,
              [reach - 1],
            )
          ).rows[0]?.since ?? null)
    const newest = `with p as materialized (
        select a.id, a.published_at from articles a
        where a._status = 'published' and a.search_vector @@ ${matchOn} and ($4::timestamptz is null or a.published_at >= $4::timestamptz))
      select p.id, p.published_at from p where p.id <> all($3::integer[]) order by p.published_at desc nulls last, p.id desc nulls last`
    const { rows } = await db.query<{ id: number }>(
      verify
        ? `select s.id from (${newest}) s
           cross join lateral (select 1 from articles v where v.id = s.id and v.search_vector @@ ${query}) verified limit $2`
        : `${newest} limit $2`,
      [q, room, taken, since],
    )
    if (rows.length >= room || since === null) return rows.map((row) => row.id)
  }
  return []
}

/**
 * The library search, the same query shape as the CMS's (apps/cms/src/collections/Articles/search/
 * rankPublishedArticles.ts): the matches counted up to the cap (LIBRARY_SEARCH_LIMITS.countedMatches);
 * up to it every match ranked on the in-row title/excerpt vector, the best RERANKED_MATCHES re-ranked
 * on the full text, newest on ties; beyond it the same ranking over the newest title/excerpt matches,
 * then the newest body matches, up to the cap, and `totalDocs` is the cap.
 */
export async function searchPublished(db: pg.Pool, q: string, page: number) {
  const query = `websearch_to_tsquery('${SEARCH_CONFIG}', $1)`
  const cap = LIBRARY_SEARCH_LIMITS.countedMatches
  const offset = (page - 1) * SEARCH_LIMIT
  const window = Math.max(RERANKED_MATCHES, offset + SEARCH_LIMIT)
  const counted = await db.query<{ total: string; excludes: boolean; phrase: boolean }>(
    `select (with kept as materialized (select 1 from articles a where a._status = 'published' and a.search_vector @@ ${query})
             select count(*) from (select 1 from kept limit $2) s) as total,
            position('!' in ${query}::text) > 0 as excludes, position('<' in ${query}::text) > 0 as phrase`,
    [q, cap + 1],
  )
  const total = Number(counted.rows[0]!.total)
  const rerank = `select ${SUMMARY_COLUMNS} from candidates c join articles a on a.id = c.id
       order by ts_rank(a.search_vector, ${query}) desc, a.published_at desc nulls last, a.id desc
       limit $2 offset $3`
  if (total <= cap) {
    const ranked = await db.query<Row>(
      `with matches as (
         select a.id, a.published_at, ts_rank(a.search_rank_vector, ${query}) as head_rank
         from articles a where a._status = 'published' and a.search_vector @@ ${query}
       ),
       candidates as (
         select m.id from matches m order by m.head_rank desc, m.published_at desc nulls last, m.id desc limit $4
       )
       ${rerank}`,
      [q, SEARCH_LIMIT, offset, window],
    )
    return { ...envelope(await withConditions(db, ranked.rows), total, page, SEARCH_LIMIT), totalDocsIsLowerBound: false }
  }
  // Title or excerpt matches (the whole vector tested too only when a word is excluded), then body matches.
  const head = `a.search_rank_vector @@ ${query}${counted.rows[0]!.excludes ? ` and a.search_vector @@ ${query}` : ''}`
  const titled = await db.query<{ id: number }>(
    `select a.id from articles a where a._status = 'published' and ${head}
      order by a.published_at desc nulls last, a.id desc nulls last limit $2`,
    [q, cap],
  )
  let ids = titled.rows.map((row) => row.id)
  if (ids.length < cap) ids = [...ids, ...(await newestBodyMatches(db, q, cap - ids.length, ids, counted.rows[0]!))]
  const ranked = await db.query<Row>(
    `with candidates as (
       select a.id from articles a where a.id = any($5::integer[])
       order by ts_rank(a.search_rank_vector, ${query}) desc, a.published_at desc nulls last, a.id desc limit $4
     )
     ${rerank}`,
    [q, SEARCH_LIMIT, offset, window, ids],
  )
  return { ...envelope(await withConditions(db, ranked.rows), cap, page, SEARCH_LIMIT), totalDocsIsLowerBound: true }
}
