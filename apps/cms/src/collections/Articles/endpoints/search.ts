import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Endpoint, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { LIBRARY_SEARCH_LIMITS } from '@clinic/library-search'

import { broaderTsquery } from '../search/broaderTsquery'
import { expandQuery, type QueryExpansion, wordsToLookUp } from '../search/expandQuery'
import { highlightsOf } from '../search/highlights'
import { parseQueryUnits } from '../search/queryUnits'
import { type MatchPlan, rankPublishedArticles } from '../search/rankPublishedArticles'
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

/** How the words are matched (as typed, and widened: broaderTsquery.ts), and the published conditions they name. */
export async function matchPlanOf(db: PostgresAdapter, search: ArticleSearch) {
  const { expansion, conditions } = await widen(db, search)
  const wholeQueryCondition = expansion.units.length === 1 ? expansion.conditionIds.slice(0, 1) : []
  const plan: MatchPlan = { broader: broaderTsquery(expansion), namedConditionIds: wholeQueryCondition }
  return { expansion, conditions, plan }
}

/**
 * The answer to one library search, in Payload's paginated shape plus what the library shows around
 * it. `countCap` is LIBRARY_SEARCH_LIMITS.countedMatches; tests lower it rather than seed 1,000 rows.
 */
export async function answerLibrarySearch(
  req: PayloadRequest,
  search: ArticleSearch,
  countCap: number = LIBRARY_SEARCH_LIMITS.countedMatches,
) {
  const db = req.payload.db as unknown as PostgresAdapter
  const { expansion, conditions, plan } = await matchPlanOf(db, search)
  const { broader } = plan
  const { ids, totalDocs, totalDocsIsLowerBound, exactDocs } = await rankPublishedArticles(db, search, plan, countCap)
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
    // Added for the site's library (issue 21); the fields above keep Payload's paginated shape.
    /**
     * More articles match than `totalDocs` says: it is the cap (LIBRARY_SEARCH_LIMITS.countedMatches),
     * the pages stop there, and only the candidates rankPublishedArticles chooses were ranked.
     */
    totalDocsIsLowerBound,
    /** Articles matching the words exactly as typed (up to the same cap); the rest matched a correction, alias or compound. */
    exactDocs,
    /** The query respelled, when the words as typed find little and the respelling finds more. */
    didYouMean: expansion.correctedQuery !== null && exactDocs < FEW_RESULTS && totalDocs > exactDocs ? expansion.correctedQuery : null,
    /** Published conditions the query names by name or alias, the one naming the whole query first. */
    conditions: named.map(({ id, name, slug, summary }) => ({ id, name, slug, summary })),
    /** Per result id: where the words match its title and excerpt, as [start, end) offsets (never markup). */
    highlights,
  }
}

/**
 * GET /api/articles/search?q=&condition=<slug>&type=&page=&limit=
 * The research library's full-text search over published articles: PostgreSQL `websearch_to_tsquery`
 * with English stemming, ranked by `ts_rank`, answered in Payload's paginated shape, widened for
 * misspellings, compounds, condition aliases and abbreviations below the exact matches, counted and
 * ranked up to LIBRARY_SEARCH_LIMITS.countedMatches matches. Without `q` it lists the filtered
 * articles newest first, so the library has one source for every view.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const parsed = parseSearchParams(new URL(req.url ?? '', 'http://localhost').searchParams)
    if (!parsed.ok) return Response.json({ errors: [{ message: parsed.message }] }, { status: 400 })
    return Response.json(await answerLibrarySearch(req, parsed.search))
  },
}
