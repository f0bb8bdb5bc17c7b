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

/** What lists and filters show of a condition. */
export type ConditionSummary = Pick<Condition, 'id' | 'name' | 'slug' | 'category' | 'summary'>

export type ArticleType = Article['type']
