import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { broaderTsquery } from '../search/broaderTsquery'
import { expandQuery, type QueryExpansion, wordsToLookUp } from '../search/expandQuery'
import { highlightsOf } from '../search/highlights'
import { parseQueryUnits } from '../search/queryUnits'
import { rankPublishedArticles } from '../search/rankPublishedArticles'
import { type ArticleSearch, parseSearchParams } from '../search/searchParams'
import { SEARCH_CONFIG } from '../search/searchVectorColumn'
import { publishedConditions, synonymGroupsOf, vocabularyFacts } from '../search/searchVocabulary'

/** What a search result card shows; conditions come populated with their name and slug. */
export const SEARCH_RESULT_SELECT = {
  title: true,
  slug: true,
  type: true,
  excerpt: true,
  publishedAt: true,
  conditions: true,
} as const

/** "Did you mean" is offered when the words as typed find fewer than this many articles. */
const FEW_RESULTS = 3

const NOTHING_TO_WIDEN: QueryExpansion = { units: [], broadened: false, correctedQuery: null, conditionIds: [] }

/** What the typed words may also mean (searchVocabulary.ts, expandQuery.ts): published content only. */
async function widen(db: PostgresAdapter, search: ArticleSearch) {
  if (search.q === '') return { expansion: NOTHING_TO_WIDEN, conditions: [] }
  const units = parseQueryUnits(search.q)
  const conditions = await publishedConditions(db)
  const typed = new Set(units.filter((unit) => !unit.negated).flatMap((unit) => unit.words))
  const vocabulary = await vocabularyFacts(db, wordsToLookUp(units), typed, conditions)
  return { expansion: expandQuery(units, vocabulary, synonymGroupsOf(conditions)), conditions }
}

/**
 * GET /api/articles/search?q=&condition=<slug>&type=&page=&limit=
 * The research library's full-text search over published articles: PostgreSQL `websearch_to_tsquery`
 * with English stemming, ranked by `ts_rank`, answered in Payload's paginated shape, widened for
 * misspellings, compounds, condition aliases and abbreviations below the exact matches. Without `q`
 * it lists the filtered articles newest first, so the library has one source for every view.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const parsed = parseSearchParams(new URL(req.url ?? '', 'http://localhost').searchParams)
    if (!parsed.ok) return Response.json({ errors: [{ message: parsed.message }] }, { status: 400 })
    const { search } = parsed

    const db = req.payload.db as unknown as PostgresAdapter
    const { expansion, conditions } = await widen(db, search)
    const broader = broaderTsquery(expansion)
    const wholeQueryCondition = expansion.units.length === 1 ? expansion.conditionIds.slice(0, 1) : []
    const { ids, totalDocs, exactDocs } = await rankPublishedArticles(db, search, { broader, namedConditionIds: wholeQueryCondition })
    const found =
      ids.length === 0
        ? []
        : (
            await req.payload.find({
              collection: 'articles',
              where: { id: { in: ids } },
              select: SEARCH_RESULT_SELECT,
              depth: 1,
              pagination: false,
              // The visitor's own access still applies: ranking read the table directly.
              overrideAccess: false,
              req,
            })
          ).docs
    const byId = new Map(found.map((doc) => [doc.id, doc]))
    const docs = ids.flatMap((id) => byId.get(id) ?? [])

    const highlights =
      search.q === '' ? {} : await highlightsOf(db, broader ?? sql`websearch_to_tsquery(${SEARCH_CONFIG}::regconfig, ${search.q})`, docs)
    const named = expansion.conditionIds.flatMap((id) => conditions.find((condition) => condition.id === id) ?? [])

    const totalPages = Math.ceil(totalDocs / search.limit)
    const { page, limit } = search
    return Response.json({
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
      // Added for the site's library (issue 21); the fields above keep Payload's paginated shape.
      /** Articles matching the words exactly as typed; the rest matched a correction, alias or compound. */
      exactDocs,
      /** The query respelled, when the words as typed find little and the respelling finds more. */
      didYouMean: expansion.correctedQuery !== null && exactDocs < FEW_RESULTS && totalDocs > exactDocs ? expansion.correctedQuery : null,
      /** Published conditions the query names by name or alias, the one naming the whole query first. */
      conditions: named.map(({ id, name, slug, summary }) => ({ id, name, slug, summary })),
      /** Per result id: where the words match its title and excerpt, as [start, end) offsets (never markup). */
      highlights,
    })
  },
}
