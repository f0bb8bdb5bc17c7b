import type { Citation as FormattableCitation } from '@clinic/citations'
import type { Citation } from '@clinic/shared-types'

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined

/** The CMS's citation document in the shape @clinic/citations formats. */
export function toCitation(doc: Citation): FormattableCitation {
  return {
    authors: doc.authors.map((author) => author.name),
    title: doc.title,
    journal: doc.journal,
    year: doc.year,
    month: orUndefined(doc.month),
    day: orUndefined(doc.day),
    volume: orUndefined(doc.volume),
    issue: orUndefined(doc.issue),
    pages: orUndefined(doc.pages),
    doi: orUndefined(doc.doi),
    pmid: orUndefined(doc.pmid),
    pmcid: orUndefined(doc.pmcid),
    epubDate: orUndefined(doc.epubDate),
  }
}
