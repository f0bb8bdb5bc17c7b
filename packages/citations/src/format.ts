import { isGroupAuthor, joinAuthors } from './authors'
import { formatAmaDate, formatNlmDate, parseIsoDate, toIsoDate } from './dates'
import type { Citation, CitationStyle } from './types'

/** A title keeps its own "?" or "!"; otherwise the format ends it with a full stop. */
function asSentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`
}

/**
 * PubMed prints "Epub ahead of print." instead of an Epub date while a paper has no volume or
 * issue yet; the publication date it shows is then the Epub date itself.
 */
export function isAheadOfPrint(c: Citation): boolean {
  return (
    c.volume === undefined &&
    c.issue === undefined &&
    c.epubDate !== undefined &&
    c.epubDate === toIsoDate({ year: c.year, month: c.month, day: c.day })
  )
}

/** ";14(2):61-68", ";14:1141601", ";(5):56-61", or ":S0140-6736(24)00345-6" with no volume. */
function nlmLocation(c: Citation): string {
  if (c.volume !== undefined || c.issue !== undefined) {
    const issue = c.issue !== undefined ? `(${c.issue})` : ''
    const pages = c.pages !== undefined ? `:${c.pages}` : ''
    return `;${c.volume ?? ''}${issue}${pages}`
  }
  return c.pages !== undefined ? `:${c.pages}` : ''
}

function nlmIdentifiers(c: Citation): string | undefined {
  const parts: string[] = []
  if (c.pmid !== undefined) parts.push(`PMID: ${c.pmid}`)
  if (c.pmcid !== undefined) parts.push(`PMCID: ${c.pmcid}`)
  return parts.length > 0 ? `${parts.join('; ')}.` : undefined
}

/**
 * PubMed's text ("NLM") format, as its Cite button prints it:
 * Authors. Title. Journal. 2023 Feb 24;14(2):61-68. doi: 10.x. Epub 2023 Jan 5. PMID: 1; PMCID: PMC2.
 * The DOI is printed in lower case, as it is stored.
 */
function formatNlm(c: Citation): string {
  const sentences: string[] = []
  if (c.authors.length > 0) sentences.push(`${joinAuthors(c.authors)}.`)
  sentences.push(asSentence(c.title))
  sentences.push(`${c.journal}.`)
  sentences.push(`${formatNlmDate(c)}${nlmLocation(c)}.`)
  if (c.doi !== undefined) sentences.push(`doi: ${c.doi}.`)
  if (c.epubDate !== undefined) {
    const epub = parseIsoDate(c.epubDate)
    if (isAheadOfPrint(c)) sentences.push('Epub ahead of print.')
    else if (epub !== undefined) sentences.push(`Epub ${formatNlmDate(epub)}.`)
  }
  const identifiers = nlmIdentifiers(c)
  if (identifiers !== undefined) sentences.push(identifiers)
  return sentences.join(' ')
}

/** AMA gives page ranges in full: "315-7" becomes "315-317", "1456-61" becomes "1456-1461". */
export function expandPageRange(pages: string): string {
  return pages
    .split(', ')
    .map((range) => {
      const match = /^(\d+)-(\d+)$/.exec(range)
      if (!match) return range
      const [, first = '', last = ''] = match
      if (last.length >= first.length) return range
      return `${first}-${first.slice(0, first.length - last.length)}${last}`
    })
    .join(', ')
}

/** AMA writes supplements in lower case: "20(suppl 1)". */
const lowerCaseSupplement = (text: string): string => text.replace(/\bSuppl\b/g, 'suppl')

/** AMA lists up to six authors; with more, the first three and "et al". Group authors follow after "; ". */
function amaAuthors(authors: readonly string[]): string | undefined {
  const people = authors.filter((author) => !isGroupAuthor(author))
  const groups = authors.filter(isGroupAuthor)
  const listedPeople = people.length > 6 ? [...people.slice(0, 3), 'et al'] : people
  const parts = [listedPeople.join(', '), ...groups].filter((part) => part !== '')
  return parts.length > 0 ? parts.join('; ') : undefined
}

/** "2023;14(2):61-68" with a volume; "Published online March 5, 2024" for an online-first paper. */
function amaSource(c: Citation): string {
  let volume = c.volume
  let issue = c.issue
  // NLM's "65 Suppl 12" (a supplement with no issue) is "65(suppl 12)" in AMA.
  const supplement = volume !== undefined && issue === undefined ? /^(\S+) (Suppl\b.*)$/.exec(volume) : null
  if (supplement) [volume, issue] = [supplement[1], supplement[2]]
  if (volume !== undefined || issue !== undefined) {
    const issueText = issue !== undefined ? `(${lowerCaseSupplement(issue)})` : ''
    const pages = c.pages !== undefined ? `:${expandPageRange(c.pages)}` : ''
    return `${c.year};${volume ?? ''}${issueText}${pages}`
  }
  const epub = c.epubDate !== undefined ? parseIsoDate(c.epubDate) : undefined
  if (epub !== undefined) return `Published online ${formatAmaDate(epub)}`
  return c.pages !== undefined ? `${c.year}:${expandPageRange(c.pages)}` : String(c.year)
}

/**
 * AMA Manual of Style, 11th edition, as plain text (the journal would be italic in print):
 * Authors. Title. Journal. 2023;14(2):61-68. doi:10.x
 * Titles are kept as written, not recased to sentence case.
 */
function formatAma(c: Citation): string {
  const sentences: string[] = []
  const authors = amaAuthors(c.authors)
  if (authors !== undefined) sentences.push(`${authors}.`)
  sentences.push(asSentence(c.title))
  sentences.push(`${c.journal}.`)
  sentences.push(`${amaSource(c)}.`)
  // AMA ends with the DOI and no full stop, so the DOI can be copied as is.
  if (c.doi !== undefined) sentences.push(`doi:${c.doi}`)
  return sentences.join(' ')
}

export function formatCitation(c: Citation, style: CitationStyle): string {
  return style === 'ama' ? formatAma(c) : formatNlm(c)
}
