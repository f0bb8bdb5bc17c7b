import { z } from 'zod'

import { LIBRARY_SEARCH_LIMITS } from '@clinic/library-search'
import { ARTICLE_TYPES, type ArticleType } from '@clinic/workflow'

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

const { maxQueryLength, maxPage, defaultLimit, maxLimit } = LIBRARY_SEARCH_LIMITS

/** A whole number written in digits only ("1", not "1.0", "+1" or "1e3"), or the default when absent. */
const wholeNumber = (fallback: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(max))
    .optional()
    .transform((value) => value ?? fallback)

const searchSchema = z.object({
  q: z.string().trim().max(maxQueryLength).default(''),
  condition: z.string().optional(),
  type: z.enum(ARTICLE_TYPES).optional(),
  page: wholeNumber(1, maxPage),
  limit: wholeNumber(defaultLimit, maxLimit),
})

/** What each parameter must be, in the words of the 400 that refuses it. */
const RULES: Record<string, string> = {
  q: `q is limited to ${maxQueryLength} characters.`,
  type: `type must be one of ${ARTICLE_TYPES.join(', ')}.`,
  page: `page must be a whole number from 1 to ${maxPage}.`,
  limit: `limit must be a whole number from 1 to ${maxLimit}.`,
}

/** Reads `?q=&condition=&type=&page=&limit=`, refusing values that could only be mistakes, naming the parameter. */
export function parseSearchParams(params: URLSearchParams): ParsedSearch {
  // An empty parameter (`?type=&page=`) means "not given", as a form's empty field sends it.
  const given = Object.fromEntries(['q', 'condition', 'type', 'page', 'limit'].map((name) => [name, params.get(name) || undefined]))
  const parsed = searchSchema.safeParse(given)
  if (!parsed.success) {
    const name = String(parsed.error.issues[0]?.path[0] ?? 'q')
    return { ok: false, message: RULES[name] ?? `${name} is not valid.` }
  }
  const { q, condition, type, page, limit } = parsed.data
  return { ok: true, search: { q, conditionSlug: condition, type, page, limit } }
}
