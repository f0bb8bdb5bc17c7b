/** One page the benchmark visits. */
export interface SitePage {
  /** "home", "library", "article", "condition", "404". */
  type: string
  path: string
}

/** The targets the site is held to (issue 10). */
export const TARGETS = {
  articleJsBudgetBytes: 100 * 1024,
  /** Lighthouse category scores, 0–100. */
  scores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as Record<string, number>,
} as const
