import type { ImportReport, PageOutcome } from './types'

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
const ellipsis = (text: string, width: number) => (text.length <= width ? text : `${text.slice(0, width - 1)}…`)

/** "[3/21] research summary “Stem Cell Therapy in Lupus” … created" */
export function progressLine(outcome: PageOutcome, done: number, total: number): string {
  const title = outcome.title ? ` “${ellipsis(outcome.title, 60)}”` : ` (lines ${outcome.firstLine}–${outcome.lastLine})`
  return `[${done}/${total}] ${outcome.kind.replace(/-/g, ' ')}${title} … ${outcome.action}`
}

/** One line per page of the report: page, kind, title, action, flags (count), then what each flag says. */
export function formatReport(report: ImportReport): string {
  if (!report.ok) return `Refused ${report.fileName}: ${report.error}`
  const rows = report.pages.map((page) => [
    String(page.page),
    page.kind,
    ellipsis(page.title ?? `(lines ${page.firstLine}–${page.lastLine})`, 56),
    page.action,
    String(page.flags.length),
  ])
  const header = ['#', 'kind', 'title', 'action', 'flags']
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd()
  const { totals } = report
  const lines = [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    `${report.fileName}: ${totals.pages} pages — ${Object.entries(totals.byAction)
      .map(([action, count]) => `${count} ${action}`)
      .join(', ')}.`,
    `Stored: ${plural(totals.articles, 'article')} (in review, not published), ${plural(totals.citationsCreated, 'citation')} (${totals.citationsReused} reused), ${plural(totals.conditionsCreated, 'condition')}, ${plural(totals.disclaimers, 'disclaimer')}.`,
  ]
  // What each stored page's editor must check; for the rest, why nothing was stored.
  const details = report.pages.filter((page) => page.kind !== 'chrome')
  if (details.length > 0) {
    lines.push('', 'Details:')
    for (const page of details) {
      lines.push(`  ${page.page}. ${page.action}: ${page.detail}`)
      if (page.action === 'created' || page.action === 'flagged') for (const flag of page.flags) lines.push(`     - ${flag}`)
    }
  }
  return lines.join('\n')
}

/** A short text for the admin list and the saved report: "21 pages: 6 created, 14 skipped, …". */
export function summaryOf(report: ImportReport): string {
  if (!report.ok) return `Refused: ${report.error}`
  const { totals } = report
  return (
    `${totals.pages} pages: ${Object.entries(totals.byAction)
      .filter(([, count]) => count > 0)
      .map(([action, count]) => `${count} ${action}`)
      .join(', ')}. ` +
    `${plural(totals.articles, 'article')} stored in review, ${plural(totals.citationsCreated, 'citation')} created, ${totals.citationsReused} reused, ` +
    `${plural(totals.conditionsCreated, 'condition')} created, ${plural(totals.disclaimers, 'disclaimer')} stored.`
  )
}
