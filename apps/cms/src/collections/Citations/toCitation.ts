import type { Citation as CitationData, CitationIssue } from '@clinic/citations'
import type { Citation } from '@clinic/shared-types'

/**
 * The library's shape from a stored or submitted (possibly partial) document: authors are rows
 * `{ name }` in the CMS and plain names in the library. Values are passed on as they are, nulls
 * and wrong types included, because the library checks every value itself.
 */
export function toCitation(doc: Partial<Citation>): Partial<CitationData> {
  const { authors, title, journal, year, month, day, volume, issue, pages, doi, pmid, pmcid, epubDate } = doc
  const names = Array.isArray(authors) ? authors.map((row) => row?.name) : authors
  return {
    authors: names,
    title,
    journal,
    year,
    month,
    day,
    volume,
    issue,
    pages,
    doi,
    pmid,
    pmcid,
    epubDate,
  } as Partial<CitationData>
}

/**
 * Where each of the library's fields lives in the collection. Spelled out rather than assumed
 * equal, so renaming a collection field fails the type check here instead of mislabelling errors.
 */
const FIELD_PATHS: Record<keyof CitationData, keyof Citation> = {
  authors: 'authors',
  title: 'title',
  journal: 'journal',
  year: 'year',
  month: 'month',
  day: 'day',
  volume: 'volume',
  issue: 'issue',
  pages: 'pages',
  doi: 'doi',
  pmid: 'pmid',
  pmcid: 'pmcid',
  epubDate: 'epubDate',
}

/** The collection field an issue is about; an issue about the citation as a whole goes on the title. */
export function fieldPath(issue: CitationIssue): keyof Citation {
  return issue.field === null ? 'title' : FIELD_PATHS[issue.field]
}
