export const ARTICLE_TYPES = ['research-summary', 'condition-guide', 'lifestyle-post'] as const
export type ArticleType = (typeof ARTICLE_TYPES)[number]

export interface ArticleTypeRequirements {
  /** Valid citations needed before publishing. */
  minCitations: number
  /** Conditions the article must be linked to. */
  minConditions: number
}

/**
 * What each kind of article needs before it goes live. A research summary is nothing
 * without the research it summarises; condition guides and summaries must say which
 * condition they're about (it drives the condition pages and the right disclaimers);
 * lifestyle posts need neither.
 */
export const ARTICLE_TYPE_REQUIREMENTS: Readonly<Record<ArticleType, ArticleTypeRequirements>> = {
  'research-summary': { minCitations: 1, minConditions: 1 },
  'condition-guide': { minCitations: 0, minConditions: 1 },
  'lifestyle-post': { minCitations: 0, minConditions: 0 },
}

/** How article types read in sentences: "A research summary needs …". */
export const ARTICLE_TYPE_NAMES: Readonly<Record<ArticleType, string>> = {
  'research-summary': 'research summary',
  'condition-guide': 'condition guide',
  'lifestyle-post': 'lifestyle post',
}
