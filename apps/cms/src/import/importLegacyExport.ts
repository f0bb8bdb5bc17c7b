import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { looksLikeWordPressExport, parseLegacyExport, parseWordPressExport, type ImportedPage } from '@clinic/legacy-import'

import { importArticle } from './articles'
import { importDisclaimer } from './disclaimer'
import { type MediaLedger, removeImportedFiles } from './media'
import type { ImportReport, ImportTotals, PageAction, PageOutcome } from './types'

export interface ImportOptions {
  /** The export's text. */
  text: string
  /** For the import notes and the report ("current-site-1.txt"). */
  fileName: string
  now?: Date
  /**
   * A request whose transaction the import joins (the admin upload's create). Without one the
   * import runs in a transaction of its own, committed only when every page is done.
   */
  req?: PayloadRequest
  /**
   * WordPress exports: the site's uploads folder (wp-content/uploads) copied to this machine.
   * Images are read from it, never fetched from the addresses in the file; without it they are
   * listed in the report for an editor to add.
   */
  uploadsDir?: string
  /** Called after each page (the CLI's progress line). */
  onPage?: (outcome: PageOutcome, done: number, total: number) => void
}

/**
 * Imports one export of the current site: every page is created, reused, skipped or reported, in
 * ONE transaction, so a failure half-way stores nothing. A file that is not an export is refused
 * (`ok: false`) before anything is touched. Writes are made as the system (a local request without
 * a user), which the editorial workflow lets create articles directly in review.
 */
export async function importLegacyExport(payload: Payload, options: ImportOptions): Promise<ImportReport> {
  const now = options.now ?? new Date()
  const base = { fileName: options.fileName, importedAt: now.toISOString() }
  // A WordPress export (WXR, .xml) or the plain-text scrape (.txt): the same pages either way.
  const parsed = looksLikeWordPressExport(options.text) ? parseWordPressExport(options.text) : parseLegacyExport(options.text)
  if (!parsed.ok) return { ok: false, ...base, error: parsed.error }

  const req = await createLocalReq({ context: { legacyImport: true } }, payload)
  if (options.req) req.transactionID = options.req.transactionID
  const ownsTransaction = options.req ? false : await initTransaction(req)
  const mediaLedger: MediaLedger = { created: [] }
  try {
    const pages: PageOutcome[] = []
    for (const page of parsed.pages) {
      const outcome = await importPage(page, { req, fileName: options.fileName, now, uploadsDir: options.uploadsDir, mediaLedger })
      pages.push(outcome)
      options.onPage?.(outcome, pages.length, parsed.pages.length)
    }
    if (ownsTransaction) await commitTransaction(req)
    return { ok: true, ...base, pages, totals: totalsOf(pages) }
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    // The Media rows went with the transaction; their files on disk go too.
    await removeImportedFiles(req, mediaLedger)
    throw error
  }
}

function importPage(page: ImportedPage, context: Parameters<typeof importArticle>[1]): Promise<PageOutcome> | PageOutcome {
  switch (page.kind) {
    case 'research-summary':
    case 'condition-guide':
    case 'lifestyle-post':
      return importArticle({ ...page, kind: page.kind }, context)
    case 'site-disclaimer':
      return importDisclaimer(page, context.req)
    case 'chrome':
    case 'unclassified':
      return {
        page: page.index + 1,
        kind: page.kind,
        title: null,
        firstLine: page.firstLine,
        lastLine: page.lastLine,
        action: page.kind === 'chrome' ? 'skipped' : 'unclassified',
        detail: page.reason ?? (page.kind === 'chrome' ? 'page chrome' : 'not recognised'),
        flags: [...page.flags],
      }
  }
}

function totalsOf(pages: readonly PageOutcome[]): ImportTotals {
  const byAction: Record<PageAction, number> = { created: 0, reused: 0, skipped: 0, flagged: 0, unclassified: 0 }
  for (const page of pages) byAction[page.action] += 1
  const stored = (page: PageOutcome) => page.action === 'created' || page.action === 'flagged'
  return {
    pages: pages.length,
    articles: pages.filter((page) => stored(page) && page.articleId !== undefined).length,
    citationsCreated: pages.filter((page) => stored(page) && page.citation === 'created').length,
    citationsReused: pages.filter((page) => page.citation === 'reused').length,
    conditionsCreated: pages.reduce((sum, page) => sum + (page.conditionsCreated?.length ?? 0), 0),
    disclaimers: pages.filter((page) => stored(page) && page.disclaimerId !== undefined).length,
    byAction,
  }
}
