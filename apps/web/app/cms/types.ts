import type { Article, Condition } from '@clinic/shared-types'

/** Payload's paginated list answer. */
export interface PaginatedDocs<T> {
  docs: T[]
  totalDocs: number
  limit: number
  page: number
  totalPages: number
  hasPrevPage: boolean
  hasNextPage: boolean
  prevPage: number | null
  nextPage: number | null
}

/** What a card in a list shows of an article (conditions arrive populated with name and slug). */
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'slug' | 'type' | 'excerpt' | 'publishedAt' | 'conditions'>

/** [start, end) in UTF-16 code units of a text: where the search words match it. */
export type MatchRange = [start: number, end: number]

/** GET /api/articles/search: Payload's paginated shape, plus what the library shows around it. */
export interface LibrarySearchResults extends PaginatedDocs<ArticleSummary> {
  /**
   * More articles match than `totalDocs` says: the CMS counts and ranks at most
   * LIBRARY_SEARCH_LIMITS.countedMatches (1,000), and `totalPages` stops there.
   */
  totalDocsIsLowerBound: boolean
  /** How many match the words exactly as typed (the rest matched a correction, alias or compound). */
  exactDocs: number
  /** The query respelled from published words, when the words as typed find little. */
  didYouMean: string | null
  /** Published conditions the query names by name or alias, the best first. */
  conditions: { id: number; name: string; slug: string; summary: string | null }[]
  /** By article id: where the words match the title and excerpt. */
  highlights: Record<string, { title: MatchRange[]; excerpt: MatchRange[] }>
}

/** What lists and filters show of a condition. */
export type ConditionSummary = Pick<Condition, 'id' | 'name' | 'slug' | 'category' | 'summary'>

export type ArticleType = Article['type']
