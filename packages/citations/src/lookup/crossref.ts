import { normalizeDoi } from '../identifiers'
import { doiUrl } from '../links'
import { parseJson, ResponseFormatError, type LookedUpFields, type LookedUpRecord } from './pubmed'
import { retractionInfo, type NoticeKind, type RetractionNotice } from './retraction'
import { plainText } from './xmlText'

/**
 * Crossref update types (Crossmark's vocabulary, spelt with "_" or "-" and in any case) and the
 * notice kind each is. Types not listed (new_version, new_edition, addendum's cousins …) do not
 * change whether the paper can be cited as it stands.
 */
export const CROSSREF_NOTICE_KINDS: Readonly<Record<string, NoticeKind>> = {
  retraction: 'retraction',
  withdrawal: 'retraction',
  removal: 'retraction',
  partial_retraction: 'partial-retraction',
  correction: 'erratum',
  corrigendum: 'erratum',
  erratum: 'erratum',
  expression_of_concern: 'expression-of-concern',
}

interface CrossrefUpdate {
  DOI?: unknown
  type?: unknown
  label?: unknown
  source?: unknown
  updated?: { 'date-parts'?: unknown }
}

interface CrossrefWork {
  DOI?: unknown
  title?: unknown
  author?: unknown
  'container-title'?: unknown
  'short-container-title'?: unknown
  volume?: unknown
  issue?: unknown
  page?: unknown
  'article-number'?: unknown
  issued?: { 'date-parts'?: unknown }
  'published-print'?: { 'date-parts'?: unknown }
  'published-online'?: { 'date-parts'?: unknown }
  'update-to'?: unknown
  'updated-by'?: unknown
}

function firstString(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value.find((item) => typeof item === 'string') : value
  return typeof first === 'string' && first.trim() !== '' ? first : undefined
}

function dateParts(value: { 'date-parts'?: unknown } | undefined): number[] | undefined {
  const parts = Array.isArray(value?.['date-parts']) ? (value['date-parts'] as unknown[])[0] : undefined
  if (!Array.isArray(parts) || typeof parts[0] !== 'number') return undefined
  return parts.filter((part): part is number => typeof part === 'number')
}

function isoFromParts(parts: number[]): string {
  return parts
    .slice(0, 3)
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('-')
}

/** "Josiah" → "J", "E. A." → "EA", "Jean-Pierre" → "JP": PubMed's initials, so both sources agree. */
export function initialsOf(given: string): string {
  return (given.match(/\p{Lu}|(?<=^|[\s.-])\p{Ll}/gu) ?? []).join('').toUpperCase()
}

function authorName(author: Record<string, unknown>): string | undefined {
  const family = typeof author.family === 'string' ? author.family.trim() : ''
  if (family) {
    const initials = typeof author.given === 'string' ? initialsOf(author.given) : ''
    return initials ? `${family} ${initials}` : family
  }
  // An organisation as author is a "name" with no family name.
  return typeof author.name === 'string' && author.name.trim() ? author.name.trim() : undefined
}

function noticeKind(type: unknown): NoticeKind | undefined {
  return typeof type === 'string' ? CROSSREF_NOTICE_KINDS[type.toLowerCase().replace(/-/g, '_')] : undefined
}

function notice(update: CrossrefUpdate): RetractionNotice | undefined {
  const kind = noticeKind(update.type)
  const doi = normalizeDoi(typeof update.DOI === 'string' ? update.DOI : '')
  if (!kind || !doi.ok) return undefined
  const label = typeof update.label === 'string' && update.label ? update.label : String(update.type)
  const result: RetractionNotice = { kind, url: doiUrl(doi.value), label }
  const parts = dateParts(update.updated)
  if (parts) result.date = isoFromParts(parts)
  return result
}

/**
 * Crossref records an update on both ends: the paper's `updated-by` lists the notices about it;
 * a notice's `update-to` names the paper it updates. So a work's own status comes from its
 * `updated-by` and from any `update-to` entry naming its own DOI (a publisher that deposits the
 * corrected version under the same DOI). `update-to` entries naming other DOIs mean this work IS a
 * notice about another paper: returned separately so the editor can be told. `relation` is not
 * read: its vocabulary (is-preprint-of, has-review, is-replaced-by, …) has no retraction or
 * correction type.
 */
function crossrefRetraction(
  work: CrossrefWork,
  ownDoi: string | undefined,
): { retraction: LookedUpRecord['retraction']; noticeFor: string[] } {
  const updatedBy = Array.isArray(work['updated-by']) ? (work['updated-by'] as CrossrefUpdate[]) : []
  const updateTo = Array.isArray(work['update-to']) ? (work['update-to'] as CrossrefUpdate[]) : []
  const isOwn = (update: CrossrefUpdate) => {
    const doi = normalizeDoi(typeof update.DOI === 'string' ? update.DOI : '')
    return doi.ok && doi.value === ownDoi
  }
  const notices = [...updatedBy, ...updateTo.filter(isOwn)].map(notice).filter((n): n is RetractionNotice => !!n)
  const noticeFor = updateTo
    .filter((update) => !isOwn(update) && noticeKind(update.type) !== undefined)
    .map((update) => normalizeDoi(String(update.DOI ?? '')))
    .flatMap((doi) => (doi.ok ? [doi.value] : []))
  return { retraction: retractionInfo(notices), noticeFor }
}

export interface CrossrefRecord extends LookedUpRecord {
  /** DOIs of papers this work is a retraction/correction notice for (empty for an ordinary paper). */
  noticeFor: string[]
}

/** Maps a Crossref `/works/{doi}` answer to the package's fields and the paper's retraction status. */
export function mapCrossrefWork(json: string): CrossrefRecord {
  const body = parseJson(json) as { status?: unknown; message?: CrossrefWork }
  const work = body?.message
  if (body?.status !== 'ok' || typeof work !== 'object' || work === null) throw new ResponseFormatError('no work in the answer')
  const fields: LookedUpFields = {}

  const authors = (Array.isArray(work.author) ? (work.author as Array<Record<string, unknown>>) : [])
    .map(authorName)
    .filter((name): name is string => !!name)
  if (authors.length > 0) fields.authors = authors
  const title = plainText(firstString(work.title)).replace(/\.$/, '')
  if (title) fields.title = title
  // The short title is the abbreviation; Crossref's may have full stops ("Phys. Status Solidi C").
  const journal = (firstString(work['short-container-title'])?.replace(/\./g, '') ?? firstString(work['container-title']))?.trim()
  if (journal) fields.journal = journal.replace(/\s+/g, ' ')
  // The issue's date is what a citation prints; an online-only paper has only `issued`.
  const parts = dateParts(work['published-print']) ?? dateParts(work.issued)
  if (parts) {
    const [year, month, day] = parts as [number, number?, number?]
    fields.year = year
    if (month !== undefined && month >= 1 && month <= 12) {
      fields.month = month
      if (day !== undefined) fields.day = day
    }
  }
  const online = dateParts(work['published-online'])
  if (online) fields.epubDate = isoFromParts(online)
  for (const [field, value] of [
    ['volume', work.volume],
    ['issue', work.issue],
  ] as const) {
    const textValue = firstString(value)
    if (textValue) fields[field as 'volume' | 'issue'] = textValue.trim()
  }
  const pages = firstString(work.page) ?? firstString(work['article-number'])
  if (pages) fields.pages = pages.trim()
  const doi = normalizeDoi(typeof work.DOI === 'string' ? work.DOI : '')
  if (doi.ok) fields.doi = doi.value

  return { fields, ...crossrefRetraction(work, fields.doi) }
}
