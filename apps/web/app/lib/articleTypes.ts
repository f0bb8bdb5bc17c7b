import type { ArticleType } from '../cms/types'

/** How each kind of article is named to visitors, one and many. */
export const ARTICLE_TYPE_NAMES: Record<ArticleType, { one: string; many: string }> = {
  'research-summary': { one: 'Research summary', many: 'Research summaries' },
  'condition-guide': { one: 'Condition guide', many: 'Condition guides' },
  'lifestyle-post': { one: 'Living well', many: 'Living well' },
}

export const ARTICLE_TYPES = Object.keys(ARTICLE_TYPE_NAMES) as ArticleType[]

export function isArticleType(value: unknown): value is ArticleType {
  return typeof value === 'string' && (ARTICLE_TYPES as string[]).includes(value)
}
