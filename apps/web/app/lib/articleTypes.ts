import type { ArticleType } from '../cms/types'

/**
 * How each kind of article is named to visitors: as a heading or filter (`one`, `many`), counted in
 * a sentence (`counted`: "1 living-well post", "3 living-well posts") and referred to in its own
 * text (`this`: "this guide").
 */
export const ARTICLE_TYPE_NAMES: Record<ArticleType, { one: string; many: string; counted: { one: string; many: string }; this: string }> =
  {
    'research-summary': {
      one: 'Research summary',
      many: 'Research summaries',
      counted: { one: 'research summary', many: 'research summaries' },
      this: 'this summary',
    },
    'condition-guide': {
      one: 'Condition guide',
      many: 'Condition guides',
      counted: { one: 'condition guide', many: 'condition guides' },
      this: 'this guide',
    },
    'lifestyle-post': {
      one: 'Living well',
      many: 'Living well',
      counted: { one: 'living-well post', many: 'living-well posts' },
      this: 'this post',
    },
  }

export const ARTICLE_TYPES = Object.keys(ARTICLE_TYPE_NAMES) as ArticleType[]

export function isArticleType(value: unknown): value is ArticleType {
  return typeof value === 'string' && (ARTICLE_TYPES as string[]).includes(value)
}
