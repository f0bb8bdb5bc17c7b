/** A risky phrase to look for, and what to tell the editor about it. */
export interface ClaimRule {
  /** Stable id: part of every finding key, so never rename one that's in use. */
  id: string
  /** Regex source, matched case-insensitively between word boundaries; must start and end on a letter or digit. */
  pattern: string
  /** Short name shown next to the finding. */
  label: string
  /** Why it's risky, in plain words (the FTC/FDA concern). */
  why: string
  /** Wording to use instead. */
  suggestion: string
}

/**
 * The fields the scan reads; offsets are within that field's plain text. The SEO title and
 * description count: they are what search results and shared links show of the page.
 */
export const CLAIM_FIELDS = ['title', 'excerpt', 'body', 'metaTitle', 'metaDescription'] as const
export type ClaimField = (typeof CLAIM_FIELDS)[number]

/** How a field reads in a sentence ("“cure” in the meta description"). */
export const CLAIM_FIELD_NAMES: Readonly<Record<ClaimField, string>> = {
  title: 'title',
  excerpt: 'excerpt',
  body: 'body',
  metaTitle: 'meta title',
  metaDescription: 'meta description',
}

export interface ClaimFinding {
  /**
   * Survives re-scans while the sentence is unchanged, even if text is added elsewhere,
   * so a reviewer's acceptance stored under it stays valid until that sentence changes.
   */
  key: string
  ruleId: string
  label: string
  field: ClaimField
  /** The words as written. */
  match: string
  start: number
  end: number
  /** The sentence around the match, for showing the editor where it is. */
  context: string
  why: string
  suggestion: string
}
