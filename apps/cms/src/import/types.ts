import type { PageKind } from '@clinic/legacy-import'

/**
 * What happened to one page of an export:
 * - created: a new article (or the site-wide disclaimer) was stored;
 * - reused: the page is already in the CMS as it stands (the active site-wide disclaimer);
 * - skipped: page chrome, or a page already imported (same fingerprint, or a summary of a paper
 *   that already has one);
 * - flagged: stored, but not the way it would normally be (a disclaimer saved inactive because a
 *   different one is active; a summary whose citation could not be stored) — read `detail`;
 * - unclassified: not recognised, so nothing was stored or guessed.
 */
export type PageAction = 'created' | 'reused' | 'skipped' | 'flagged' | 'unclassified'

export interface PageOutcome {
  /** 1-based position in the export. */
  page: number
  kind: PageKind
  title: string | null
  firstLine: number
  lastLine: number
  action: PageAction
  /** One line for the table's reader: why this action. */
  detail: string
  /** The parser's flags: what an editor must check. */
  flags: string[]
  articleId?: number
  disclaimerId?: number
  citationId?: number
  /** Research summaries: whether the cited paper was a new citation or an existing one (same DOI/PMID). */
  citation?: 'created' | 'reused'
  /** Conditions linked to the article, and which of them this import created. */
  conditionIds?: number[]
  conditionsCreated?: string[]
  /** WordPress imports: the old address recorded as a redirect to the article. */
  redirectFrom?: string
}

export interface ImportTotals {
  pages: number
  articles: number
  citationsCreated: number
  citationsReused: number
  conditionsCreated: number
  disclaimers: number
  byAction: Record<PageAction, number>
}

export type ImportReport =
  | { ok: true; fileName: string; importedAt: string; pages: PageOutcome[]; totals: ImportTotals }
  | { ok: false; fileName: string; importedAt: string; error: string }
