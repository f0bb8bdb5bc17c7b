import { buildPage } from './buildPage'
import { assignRoles } from './lineRoles'
import { readLines } from './lines'
import { splitIntoPages } from './split'
import type { ImportedPage, PageKind, ParseExportResult } from './types'
import { refuseInput } from './validateInput'

const CONTENT_KINDS: ReadonlySet<PageKind> = new Set(['research-summary', 'condition-guide', 'lifestyle-post', 'site-disclaimer'])

/**
 * Reads a plain-text export of the old site into pages: split, classified, with Lexical bodies,
 * citations, conditions and derived titles and excerpts, each flagged for the editor. Pure: no
 * database, no I/O. Never throws.
 *
 * A file that is not an export is refused: empty, binary (NUL or control bytes), not English prose,
 * or one in which no page of the site is recognised (no article and no disclaimer; e.g. a
 * paragraph of prose with no structure, or nothing but page chrome). Then there is nothing to
 * import, and one clear message is more use than a list of unclassified fragments.
 */
export function parseLegacyExport(text: string): ParseExportResult {
  try {
    return parse(text)
  } catch {
    // A safety net: a fault in the importer must give the editor a message, not a crash.
    return {
      ok: false,
      error: 'The export could not be read because of a fault in the importer. Report the problem with the file attached.',
    }
  }
}

function parse(text: string): ParseExportResult {
  const refusal = refuseInput(text)
  if (refusal !== undefined) return { ok: false, error: refusal }

  const pages = splitIntoPages(assignRoles(readLines(text))).map(buildPage)
  flagDuplicates(pages)

  if (!pages.some((page) => CONTENT_KINDS.has(page.kind))) return { ok: false, error: noPageMessage(pages) }
  return { ok: true, pages }
}

/** The same article twice in one export (a page listed under two menus) is imported once. */
function flagDuplicates(pages: ImportedPage[]): void {
  const firstByFingerprint = new Map<string, number>()
  for (const page of pages) {
    if (!CONTENT_KINDS.has(page.kind)) continue
    const first = firstByFingerprint.get(page.fingerprint)
    if (first === undefined) firstByFingerprint.set(page.fingerprint, page.index)
    else
      page.flags.push(
        `The same text as page ${first + 1} of this export (lines ${pages[first]!.firstLine}–${pages[first]!.lastLine}): import it once.`,
      )
  }
}

function noPageMessage(pages: readonly ImportedPage[]): string {
  const unclassified = pages.filter((page) => page.kind === 'unclassified').length
  const chrome = pages.filter((page) => page.kind === 'chrome').length
  const found: string[] = []
  if (unclassified > 0)
    found.push(
      `${unclassified} block${unclassified === 1 ? '' : 's'} of text that ${unclassified === 1 ? 'is' : 'are'} not a recognisable page`,
    )
  if (chrome > 0)
    found.push(`${chrome} piece${chrome === 1 ? '' : 's'} of page chrome (cookie notice, newsletter or information-packet prompt)`)
  return (
    "No page of the clinic's site was recognised in this file, so it is not a site export: no research summary (text ending in a " +
    'source citation), no condition guide or lifestyle post (text ending in a call to action with a phone number, e-mail or "call us"), ' +
    `and no site disclaimer. Found ${found.length > 0 ? found.join(' and ') : 'nothing'}.`
  )
}
