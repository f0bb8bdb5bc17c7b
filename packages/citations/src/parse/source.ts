import { monthFromName, type PartialDate } from '../dates'

/** How PubMed's date differs from the one the citation can hold. */
export type DateApproximation = 'range' | 'season'

export interface PublicationDate {
  date: PartialDate
  approximation?: DateApproximation
}

export interface SourceSentence extends PublicationDate {
  /** The date as PubMed wrote it, for messages. */
  dateText: string
  volume?: string
  issue?: string
  pages?: string
}

const SEASON = '(?:spring|summer|autumn|fall|winter)'
const QUARTER = '(?:1st|2nd|3rd|4th|first|second|third|fourth) quarter'

/**
 * Reads PubMed's publication date: "2023", "2023 Aug", "2023 Aug 29", and the forms the
 * citation can only approximate: ranges ("2019 Jul-Aug", "2019 Dec-2020 Jan", "1997 Dec 20-27",
 * "1999-2000"), which keep their start, and seasons or quarters ("2020 Winter"), which keep the year.
 */
export function parsePublicationDate(text: string): PublicationDate | undefined {
  const match = /^(\d{4})(?: ([A-Za-z]{3,9})\.?(?: (\d{1,2}))?)?(-.{1,20})?$/.exec(text)
  if (match) {
    const [, year, monthName, day, rangeEnd] = match
    const date: PartialDate = { year: Number(year) }
    if (monthName !== undefined) {
      const month = monthFromName(monthName)
      if (month === undefined) return parseSeason(text)
      date.month = month
      if (day !== undefined) date.day = Number(day)
    }
    if (rangeEnd === undefined) return { date }
    // The end of a range must itself look like a date part ("Aug", "27", "2020 Jan", "2000").
    if (!/^-(?:\d{1,4}|\d{4} [A-Za-z]{3,9}(?: \d{1,2})?|[A-Za-z]{3,9}(?: \d{1,2})?)$/.test(rangeEnd)) return parseSeason(text)
    return { date, approximation: 'range' }
  }
  return parseSeason(text)
}

function parseSeason(text: string): PublicationDate | undefined {
  const match = new RegExp(`^(\\d{4}) (?:${SEASON}(?:-(?:\\d{4} )?${SEASON})?|${QUARTER})$`, 'i').exec(text)
  return match ? { date: { year: Number(match[1]) }, approximation: 'season' } : undefined
}

/** Hyphen-like characters that websites substitute for the hyphen in "61-68" or "Jul-Aug". */
const DASHES = /[\u2010-\u2015\u2212]/g
/** Longer than any real "date;volume(issue):pages" sentence; longer ones are not looked at. */
const MAX_SOURCE_SENTENCE_LENGTH = 300

/**
 * Reads the sentence after the journal: "2023 Feb 24;14(2):61-68", "2021 Feb 22;22(4):2153",
 * "2004;65 Suppl 12:5-10", "2019;(5):56-61", or, ahead of print, "2024 Mar 5:S0140-6736(24)00345-6".
 * Returns undefined for any sentence that is not one.
 */
export function parseSourceSentence(sentence: string): SourceSentence | undefined {
  if (!/^\d{4}/.test(sentence) || sentence.length > MAX_SOURCE_SENTENCE_LENGTH) return undefined
  const text = sentence.replace(DASHES, '-')
  const separator = text.search(/[;:]/)
  const dateText = (separator === -1 ? text : text.slice(0, separator)).trim()
  const location = separator === -1 ? '' : text.slice(separator)

  const publication = parsePublicationDate(dateText)
  if (publication === undefined) return undefined
  const source: SourceSentence = { ...publication, dateText }

  if (location.startsWith(';')) {
    const match = /^;([^;:()]*)(?:\(([^()]*)\))?(?::(.*))?$/.exec(location)
    if (!match) return undefined
    const [, volume = '', issue = '', pages = ''] = match
    if (volume.trim() !== '') source.volume = volume.trim()
    if (issue.trim() !== '') source.issue = issue.trim()
    if (pages.trim() !== '') source.pages = pages.trim()
  } else if (location.startsWith(':')) {
    const pages = location.slice(1).trim()
    if (pages !== '') source.pages = pages
  }
  return source
}
