import { XMLParser } from 'fast-xml-parser'
import { monthFromName } from '../dates'
import { normalizeDoi, normalizePmcid, normalizePmid } from '../identifiers'
import { doiUrl, pubmedUrl } from '../links'
import type { Citation } from '../types'
import { retractionInfo, type NoticeKind, type RetractionInfo, type RetractionNotice, type RetractionStatus } from './retraction'
import { plainText } from './xmlText'

/** What a looked-up record gives the citation form; fields the source lacks are absent. */
export type LookedUpFields = Partial<Citation>

export interface LookedUpRecord {
  fields: LookedUpFields
  retraction: RetractionInfo
}

/** CommentsCorrections types that are notices about this paper (the "…Of" types are the notice itself). */
export const PUBMED_NOTICE_KINDS: Readonly<Record<string, NoticeKind>> = {
  RetractionIn: 'retraction',
  PartialRetractionIn: 'partial-retraction',
  ErratumIn: 'erratum',
  ExpressionOfConcernIn: 'expression-of-concern',
}

/** Publication types that mark the paper itself, with or without a linked notice. */
export const PUBMED_STATUS_TYPES: Readonly<Record<string, RetractionStatus>> = {
  'Retracted Publication': 'retracted',
}

const ALWAYS_LISTS = new Set([
  'PubmedArticle',
  'Author',
  'ArticleId',
  'ELocationID',
  'CommentsCorrections',
  'PublicationType',
  'ArticleDate',
])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Titles and notice citations hold inline markup; they are kept raw and flattened by plainText.
  stopNodes: ['*.ArticleTitle', '*.RefSource', '*.CollectiveName', '*.MedlineDate'],
  isArray: (name) => ALWAYS_LISTS.has(name),
  parseTagValue: false,
  processEntities: true,
  htmlEntities: true,
})

type Node = Record<string, unknown>

function child(node: unknown, name: string): Node | undefined {
  const value = (node as Node | undefined)?.[name]
  return typeof value === 'object' && value !== null ? (value as Node) : undefined
}

function list(node: unknown, name: string): unknown[] {
  const value = (node as Node | undefined)?.[name]
  return Array.isArray(value) ? value : value === undefined ? [] : [value]
}

function text(node: unknown): string {
  if (typeof node === 'string') return plainText(node)
  if (typeof node === 'number') return String(node)
  const own = (node as Node | undefined)?.['#text']
  return typeof own === 'string' || typeof own === 'number' ? plainText(String(own)) : ''
}

function attribute(node: unknown, name: string): string | undefined {
  const value = (node as Node | undefined)?.[`@${name}`]
  return typeof value === 'string' ? value : undefined
}

export class ResponseFormatError extends Error {}

/** Parses an efetch answer (db=pubmed, retmode=xml) into its articles; throws ResponseFormatError if it is not one. */
export function parsePubmedArticleSet(xml: string): unknown[] {
  let document: Node
  try {
    document = parser.parse(xml) as Node
  } catch (error) {
    throw new ResponseFormatError(`not XML: ${(error as Error).message}`)
  }
  const set = child(document, 'PubmedArticleSet')
  if (set === undefined) {
    // An empty set parses as "" rather than an object.
    if (typeof document.PubmedArticleSet === 'string') return []
    throw new ResponseFormatError('no PubmedArticleSet')
  }
  return list(set, 'PubmedArticle')
}

/** "Prockop DJ" as PubMed prints it; a group author is one entry; names PubMed marks invalid are skipped. */
function authorName(author: unknown): string | undefined {
  if (attribute(author, 'ValidYN') === 'N') return undefined
  const collective = text((author as Node).CollectiveName)
  if (collective) return collective
  const lastName = text((author as Node).LastName)
  if (!lastName) return undefined
  const parts = [lastName, text((author as Node).Initials), text((author as Node).Suffix)].filter(Boolean)
  return parts.join(' ')
}

const MEDLINE_DATE = /^(\d{4})(?:\s+([A-Za-z]+))?(?:\s+(\d{1,2}))?/

/** PubDate as Year/Month/Day, or a MedlineDate such as "2019 Jul-Aug" (its start is kept, as the text parser does). */
function publicationDate(pubDate: unknown): Pick<Citation, 'year' | 'month' | 'day'> | undefined {
  const medline = text((pubDate as Node | undefined)?.MedlineDate)
  const match = medline ? MEDLINE_DATE.exec(medline) : undefined
  const yearText = match ? match[1] : text((pubDate as Node | undefined)?.Year)
  if (!yearText || !/^\d{4}$/.test(yearText)) return undefined
  const monthText = match ? match[2] : text((pubDate as Node | undefined)?.Month)
  const dayText = match ? match[3] : text((pubDate as Node | undefined)?.Day)
  const month = monthText ? (/^\d+$/.test(monthText) ? Number(monthText) : monthFromName(monthText)) : undefined
  const date: Pick<Citation, 'year' | 'month' | 'day'> = { year: Number(yearText) }
  if (month !== undefined && month >= 1 && month <= 12) {
    date.month = month
    if (dayText && /^\d+$/.test(dayText)) date.day = Number(dayText)
  }
  return date
}

function isoDate(year: number, month?: number, day?: number): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return [String(year), month !== undefined ? pad(month) : undefined, month !== undefined && day !== undefined ? pad(day) : undefined]
    .filter(Boolean)
    .join('-')
}

/** The notice's own date from its RefSource, "Lancet. 2010 Feb 6;375(9713):445." → "2010-02-06"; PubMed has no structured one. */
export function refSourceDate(refSource: string): string | undefined {
  const match = /\.\s(\d{4})(?:\s([A-Z][a-z]{2,8})(?:\s(\d{1,2}))?)?\s*[;:.]/.exec(refSource)
  if (!match) return undefined
  const month = match[2] ? monthFromName(match[2]) : undefined
  return isoDate(Number(match[1]), month, month !== undefined && match[3] ? Number(match[3]) : undefined)
}

/** Links a notice: its PubMed record when PubMed names one, else its DOI, else a PubMed search for its citation. */
function noticeUrl(pmid: string, refSource: string): string {
  if (pmid) return pubmedUrl(pmid)
  const doi = /doi:\s*(10\.\S+?)\.?(?:\s|$)/i.exec(refSource)
  if (doi) return doiUrl(doi[1]!)
  return `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(refSource)}`
}

function pubmedRetraction(medlineCitation: unknown, article: unknown): RetractionInfo {
  const notices: RetractionNotice[] = []
  for (const entry of list(child(medlineCitation, 'CommentsCorrectionsList'), 'CommentsCorrections')) {
    const kind = PUBMED_NOTICE_KINDS[attribute(entry, 'RefType') ?? '']
    if (!kind) continue
    const label = text((entry as Node).RefSource)
    const pmid = text((entry as Node).PMID)
    const notice: RetractionNotice = { kind, url: noticeUrl(pmid, label), label }
    const date = refSourceDate(label)
    if (date) notice.date = date
    notices.push(notice)
  }
  const flags = list(child(article, 'PublicationTypeList'), 'PublicationType')
    .map((type) => PUBMED_STATUS_TYPES[text(type)])
    .filter((status): status is RetractionStatus => status !== undefined)
  return retractionInfo(notices, flags)
}

function articleId(pubmedData: unknown, type: string): string | undefined {
  const entry = list(child(pubmedData, 'ArticleIdList'), 'ArticleId').find((id) => attribute(id, 'IdType') === type)
  return entry === undefined ? undefined : text(entry) || undefined
}

function locationId(article: unknown, type: string): string | undefined {
  const entry = list(article, 'ELocationID').find((id) => attribute(id, 'EIdType') === type && attribute(id, 'ValidYN') !== 'N')
  return entry === undefined ? undefined : text(entry) || undefined
}

/**
 * Maps one PubmedArticle to the package's fields. Identifiers come from the article's own
 * PubmedData/ArticleIdList, never from its ReferenceList (whose entries carry the cited papers' IDs).
 */
export function mapPubmedArticle(pubmedArticle: unknown): LookedUpRecord {
  const medlineCitation = child(pubmedArticle, 'MedlineCitation')
  const article = child(medlineCitation, 'Article')
  const journal = child(article, 'Journal')
  const journalIssue = child(journal, 'JournalIssue')
  const pubmedData = child(pubmedArticle, 'PubmedData')
  const fields: LookedUpFields = {}

  const authors = list(child(article, 'AuthorList'), 'Author')
    .map(authorName)
    .filter((name): name is string => !!name)
  if (authors.length > 0) fields.authors = authors
  const title = text(article?.ArticleTitle).replace(/\.$/, '')
  if (title) fields.title = title
  // PubMed prints the MEDLINE abbreviation ("Nat Med"); the ISO one may carry full stops
  // ("Nat. Med."), which this package's citations never do, so it is only the fallback.
  const journalName =
    text(child(medlineCitation, 'MedlineJournalInfo')?.MedlineTA) ||
    text(journal?.ISOAbbreviation).replace(/\./g, '') ||
    text(journal?.Title)
  if (journalName) fields.journal = journalName
  Object.assign(fields, publicationDate(journalIssue?.PubDate))
  const volume = text(journalIssue?.Volume)
  if (volume) fields.volume = volume
  const issue = text(journalIssue?.Issue)
  if (issue) fields.issue = issue
  // An electronic article number stands in MedlinePgn ("e2308706120") or, without pages, as a pii.
  const pages = text(child(article, 'Pagination')?.MedlinePgn) || locationId(article, 'pii')
  if (pages) fields.pages = pages
  const electronic = list(article, 'ArticleDate').find((date) => attribute(date, 'DateType') === 'Electronic')
  const epub = electronic === undefined ? undefined : publicationDate(electronic)
  if (epub) fields.epubDate = isoDate(epub.year, epub.month, epub.day)

  const doi = normalizeDoi(articleId(pubmedData, 'doi') ?? locationId(article, 'doi') ?? '')
  if (doi.ok) fields.doi = doi.value
  const pmid = normalizePmid(text(medlineCitation?.PMID))
  if (pmid.ok) fields.pmid = pmid.value
  const pmcid = normalizePmcid(articleId(pubmedData, 'pmc') ?? '')
  if (pmcid.ok) fields.pmcid = pmcid.value

  return { fields, retraction: pubmedRetraction(medlineCitation, article) }
}

/** The PMIDs an esearch JSON answer lists; its ERROR (sent with HTTP 200) becomes a ResponseFormatError. */
export function parseEsearchIds(json: string): string[] {
  const body = parseJson(json) as { esearchresult?: { idlist?: unknown; ERROR?: unknown }; error?: unknown }
  const result = body?.esearchresult
  if (typeof result?.ERROR === 'string') throw new ResponseFormatError(`E-utilities error: ${result.ERROR}`)
  if (!result || !Array.isArray(result.idlist)) throw new ResponseFormatError('no esearchresult.idlist')
  return result.idlist.filter((id): id is string => typeof id === 'string')
}

/**
 * The PMID the ID converter gives for `pmcid`. A batch answer is searched for the record whose
 * PMCID is the one asked for; a record with status "error" (unknown ID) gives undefined.
 */
export function pmidFromIdConverter(json: string, pmcid: string): string | undefined {
  const body = parseJson(json) as { records?: unknown }
  if (!body || !Array.isArray(body.records)) throw new ResponseFormatError('no records')
  const wanted = pmcid.toUpperCase()
  for (const record of body.records as Array<Record<string, unknown>>) {
    const recordPmcid = typeof record.pmcid === 'string' ? record.pmcid.toUpperCase() : undefined
    const requested = typeof record['requested-id'] === 'string' ? (record['requested-id'] as string).toUpperCase() : undefined
    if (recordPmcid !== wanted && requested !== wanted) continue
    if (record.status === 'error') return undefined
    const pmid = normalizePmid(String(record.pmid ?? ''))
    return pmid.ok ? pmid.value : undefined
  }
  return undefined
}

export function parseJson(json: string): unknown {
  try {
    return JSON.parse(json)
  } catch {
    throw new ResponseFormatError('not JSON')
  }
}
