import { ARTICLE_TYPES, type ArticleType } from '@clinic/workflow'

export const DEFAULT_SEARCH_LIMIT = 10
export const MAX_SEARCH_LIMIT = 50
/** Far beyond any real reader; keeps OFFSET (which PostgreSQL walks row by row) bounded. */
export const MAX_SEARCH_PAGE = 1000
export const MAX_QUERY_LENGTH = 200

/**
 * How many of the best title/excerpt matches are re-ranked on the full text. Ranking on the full
 * vector means reading it from TOAST, which at 100,000 articles and a common word (a third of the
 * library) took over a second; the title/excerpt vector sits in the row and ranks them all in tens
 * of milliseconds. Results beyond this window keep the cheaper order.
 */
export const RERANKED_MATCHES = 200

export interface ArticleSearch {
  /** Words as a visitor types them (websearch syntax: "quoted phrase", or, -not); '' lists by date. */
  q: string
  conditionSlug?: string
  type?: ArticleType
  page: number
  limit: number
}

export type ParsedSearch = { ok: true; search: ArticleSearch } | { ok: false; message: string }

function wholeNumber(value: string | null, fallback: number, { min, max }: { min: number; max: number }) {
  if (value === null || value === '') return fallback
  if (!/^\d+$/.test(value)) return undefined
  const number = Number(value)
  return number >= min && number <= max ? number : undefined
}

function isArticleType(value: string): value is ArticleType {
  return (ARTICLE_TYPES as readonly string[]).includes(value)
}

/** Reads `?q=&condition=&type=&page=&limit=`, refusing values that could only be mistakes. */
export function parseSearchParams(params: URLSearchParams): ParsedSearch {
  const q = (params.get('q') ?? '').trim()
  if (q.length > MAX_QUERY_LENGTH) return { ok: false, message: `q is limited to ${MAX_QUERY_LENGTH} characters.` }

  const type = params.get('type') || undefined
  if (type !== undefined && !isArticleType(type)) {
    return { ok: false, message: `type must be one of ${ARTICLE_TYPES.join(', ')}.` }
  }
  const page = wholeNumber(params.get('page'), 1, { min: 1, max: MAX_SEARCH_PAGE })
  if (page === undefined) return { ok: false, message: `page must be a whole number from 1 to ${MAX_SEARCH_PAGE}.` }
  const limit = wholeNumber(params.get('limit'), DEFAULT_SEARCH_LIMIT, { min: 1, max: MAX_SEARCH_LIMIT })
  if (limit === undefined) return { ok: false, message: `limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}.` }

  const conditionSlug = params.get('condition') || undefined
  return { ok: true, search: { q, conditionSlug, type, page, limit } }
}
