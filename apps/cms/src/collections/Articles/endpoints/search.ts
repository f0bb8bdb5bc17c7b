import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'

import { rankPublishedArticles } from '../search/rankPublishedArticles'
import { parseSearchParams } from '../search/searchParams'

/** What a search result card shows; conditions come populated with their name and slug. */
export const SEARCH_RESULT_SELECT = {
  title: true,
  slug: true,
  type: true,
  excerpt: true,
  publishedAt: true,
  conditions: true,
} as const

/**
 * GET /api/articles/search?q=&condition=<slug>&type=&page=&limit=
 * The research library's full-text search over published articles: PostgreSQL `websearch_to_tsquery`
 * with English stemming, ranked by `ts_rank`, answered in Payload's paginated shape. Without `q` it
 * lists the filtered articles newest first, so the library has one source for every view.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const parsed = parseSearchParams(new URL(req.url ?? '', 'http://localhost').searchParams)
    if (!parsed.ok) return Response.json({ errors: [{ message: parsed.message }] }, { status: 400 })
    const { search } = parsed

    const { ids, totalDocs } = await rankPublishedArticles(req.payload.db as unknown as PostgresAdapter, search)
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
    })
  },
}
