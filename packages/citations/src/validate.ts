import { splitAuthorList } from './authors'
import { daysInMonth, MONTH_NAMES, parseIsoDate } from './dates'
import { normalizeDoi, normalizePmcid, normalizePmid } from './identifiers'
import { collapseWhitespace, trimTrailing } from './text'
import type { Citation, CitationIssue, Normalized, ValidationResult } from './types'

/** The earliest year a cited journal article can plausibly have. */
export const EARLIEST_YEAR = 1800
const MAX_TITLE_LENGTH = 2000
const MAX_SHORT_FIELD_LENGTH = 300

type Issues = { errors: CitationIssue[]; warnings: CitationIssue[] }

const issue = (field: keyof Citation | null, code: string, message: string): CitationIssue => ({
  field,
  code,
  message,
})

/** Forms deliver stray spaces and non-breaking spaces; one plain space between words is kept. */
const tidy = collapseWhitespace

/** Values a CMS form may hand over for a text field: text, a number, or nothing. */
function readText(value: unknown): string | undefined | null {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value !== 'string') return null // wrong type
  const text = tidy(value)
  return text === '' ? undefined : text
}

function readNumber(value: unknown): number | undefined | null {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value)
  return null // wrong type
}

function checkAuthors(value: unknown, { errors, warnings }: Issues): string[] {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    errors.push(
      issue('authors', 'required', 'Authors are missing: add at least one author (a group author such as "WHO Study Group" counts).'),
    )
    return []
  }
  if (!Array.isArray(value)) {
    errors.push(issue('authors', 'invalid-type', 'Authors must be a list of names, one author per entry.'))
    return []
  }
  const authors: string[] = []
  value.forEach((raw: unknown, index) => {
    const position = index + 1
    const name = typeof raw === 'string' ? trimTrailing(tidy(raw), ' .,;') : ''
    if (name === '') {
      errors.push(issue('authors', 'empty-author', `Author ${position} is empty: fill in the name or remove the entry.`))
      return
    }
    if (name.length > MAX_SHORT_FIELD_LENGTH) {
      errors.push(issue('authors', 'too-long', `Author ${position} is ${name.length} characters long; no author name is that long.`))
      return
    }
    if (splitAuthorList(name).authors.length > 1) {
      warnings.push(
        issue(
          'authors',
          'several-names-in-one-author',
          `Author ${position} ("${name}") looks like several names in one entry: give each author an entry of their own.`,
        ),
      )
    }
    authors.push(name)
  })
  return authors
}

function checkRequiredText(field: 'title' | 'journal', label: string, value: unknown, maxLength: number, { errors }: Issues): string {
  const text = readText(value)
  if (text === null) {
    errors.push(issue(field, 'invalid-type', `${label} must be text.`))
    return ''
  }
  // The full stop belongs to the citation format, not to the title or journal itself.
  const withoutFullStop = text === undefined ? undefined : trimTrailing(text, '. ')
  if (!withoutFullStop) {
    errors.push(issue(field, 'required', `${label} is missing.`))
    return ''
  }
  if (withoutFullStop.length > maxLength) {
    errors.push(issue(field, 'too-long', `${label} is ${withoutFullStop.length} characters long; the most allowed is ${maxLength}.`))
  }
  return withoutFullStop
}

function checkYear(value: unknown, { errors }: Issues): number {
  const year = readNumber(value)
  const latest = new Date().getFullYear() + 1
  if (year === undefined) {
    errors.push(issue('year', 'required', 'Year is missing.'))
  } else if (year === null || !Number.isInteger(year)) {
    errors.push(issue('year', 'invalid-type', 'Year must be a whole number such as 2023.'))
  } else if (year < EARLIEST_YEAR || year > latest) {
    errors.push(issue('year', 'out-of-range', `Year ${year} is not possible: it must be between ${EARLIEST_YEAR} and ${latest}.`))
  } else {
    return year
  }
  return Number.NaN
}

function checkMonth(value: unknown, { errors }: Issues): number | undefined {
  const month = readNumber(value)
  if (month === undefined) return undefined
  if (month === null || !Number.isInteger(month) || month < 1 || month > 12) {
    errors.push(issue('month', 'out-of-range', `Month must be a number from 1 (January) to 12 (December); "${String(value)}" is not.`))
    return undefined
  }
  return month
}

function checkDay(value: unknown, year: number, month: number | undefined, monthValid: boolean, { errors }: Issues): number | undefined {
  const day = readNumber(value)
  if (day === undefined) return undefined
  if (day === null || !Number.isInteger(day) || day < 1 || day > 31) {
    errors.push(issue('day', 'out-of-range', `Day must be a number from 1 to 31; "${String(value)}" is not.`))
    return undefined
  }
  if (month === undefined) {
    // Only report when the month is truly absent; an invalid month already has its own error.
    if (monthValid) errors.push(issue('day', 'day-without-month', 'Day is filled in but month is not: add the month or clear the day.'))
    return undefined
  }
  // Without a valid year, give February the benefit of the doubt (29 days).
  const lastDay = daysInMonth(Number.isInteger(year) ? year : 2000, month)
  if (day > lastDay) {
    const yearText = Number.isInteger(year) ? ` ${year}` : ''
    errors.push(issue('day', 'out-of-range', `Day ${day} does not exist: ${MONTH_NAMES[month - 1]}${yearText} has ${lastDay} days.`))
    return undefined
  }
  return day
}

function checkOptionalText(field: 'volume' | 'issue' | 'pages', label: string, value: unknown, { errors }: Issues): string | undefined {
  const text = readText(value)
  if (text === null) {
    errors.push(issue(field, 'invalid-type', `${label} must be text.`))
    return undefined
  }
  // A full stop typed after "61-68" belongs to the citation format, not to the pages.
  const withoutFullStop = text === undefined ? undefined : trimTrailing(text, '. ') || undefined
  if (withoutFullStop !== undefined && withoutFullStop.length > MAX_SHORT_FIELD_LENGTH) {
    errors.push(
      issue(field, 'too-long', `${label} is ${withoutFullStop.length} characters long; the most allowed is ${MAX_SHORT_FIELD_LENGTH}.`),
    )
    return undefined
  }
  return withoutFullStop
}

/**
 * The citation format separates volume, issue and pages with ";", "(", ")" and ":", so those
 * characters inside a field are almost always two fields typed into one ("14(2)" as the volume).
 */
function checkLocationFields(volume: string | undefined, issue_: string | undefined, pages: string | undefined, { errors }: Issues): void {
  if (volume !== undefined && /[();:]/.test(volume)) {
    errors.push(
      issue(
        'volume',
        'invalid-characters',
        `Volume "${volume}" contains ( ) ; or : — put the issue in Issue and the pages in Pages (volume "14", issue "2", pages "61-68").`,
      ),
    )
  }
  if (issue_ !== undefined && /[();:]/.test(issue_)) {
    errors.push(
      issue('issue', 'invalid-characters', `Issue "${issue_}" contains ( ) ; or : — type only the issue itself, e.g. "2" or "Suppl 1".`),
    )
  }
  if (pages !== undefined && /\.\s/.test(pages)) {
    errors.push(
      issue(
        'pages',
        'invalid-characters',
        `Pages "${pages}" contains a full stop followed by a space; type only the pages, e.g. "61-68" or "e0123456".`,
      ),
    )
  }
}

function checkIdentifier(
  field: 'doi' | 'pmid' | 'pmcid',
  label: string,
  value: unknown,
  normalize: (input: string) => Normalized,
  { errors }: Issues,
): string | undefined {
  const text = readText(value)
  if (text === undefined) return undefined
  if (text === null) {
    errors.push(issue(field, 'invalid-type', `${label} must be text.`))
    return undefined
  }
  const normalized = normalize(text)
  if (normalized.ok) return normalized.value
  errors.push(issue(field, 'invalid', normalized.message))
  return undefined
}

function checkEpubDate(value: unknown, { errors }: Issues): string | undefined {
  const text = readText(value)
  if (text === undefined) return undefined
  if (text === null || parseIsoDate(text) === undefined) {
    errors.push(
      issue('epubDate', 'invalid', `Epub date "${String(value)}" is not a real date written as 2024-08-10 (or 2024-08, or 2024).`),
    )
    return undefined
  }
  return text
}

function warnAboutMissingIdentifiers(citation: Citation, { warnings }: Issues): void {
  if (citation.doi === undefined) {
    warnings.push(issue('doi', 'missing-doi', 'No DOI: readers cannot follow a permanent link to the paper. Add it if the paper has one.'))
  }
  if (citation.pmid === undefined) {
    warnings.push(issue('pmid', 'missing-pmid', 'No PMID: the paper cannot be linked to PubMed. Add it if the paper is indexed there.'))
  }
  if (citation.pmcid === undefined) {
    warnings.push(issue('pmcid', 'missing-pmcid', 'No PMCID found: the paper may not be free in PubMed Central.'))
  }
}

/**
 * Checks a citation as an editor typed it (any field may be missing or of the wrong type, as CMS
 * data can be) and returns it tidied: trimmed text, no trailing full stop on title or journal,
 * identifiers normalised, unknown keys dropped. Never throws.
 */
export function validateCitation(input: Partial<Citation>): ValidationResult {
  const issues: Issues = { errors: [], warnings: [] }
  const source: Record<string, unknown> = typeof input === 'object' && input !== null ? { ...input } : {}

  const authors = checkAuthors(source.authors, issues)
  const title = checkRequiredText('title', 'Title', source.title, MAX_TITLE_LENGTH, issues)
  const journal = checkRequiredText('journal', 'Journal', source.journal, MAX_SHORT_FIELD_LENGTH, issues)
  const year = checkYear(source.year, issues)
  const errorsBeforeMonth = issues.errors.length
  const month = checkMonth(source.month, issues)
  const monthValid = issues.errors.length === errorsBeforeMonth
  const day = checkDay(source.day, year, month, monthValid, issues)
  const volume = checkOptionalText('volume', 'Volume', source.volume, issues)
  const issueNumber = checkOptionalText('issue', 'Issue', source.issue, issues)
  const pages = checkOptionalText('pages', 'Pages', source.pages, issues)
  checkLocationFields(volume, issueNumber, pages, issues)
  const doi = checkIdentifier('doi', 'DOI', source.doi, normalizeDoi, issues)
  const pmid = checkIdentifier('pmid', 'PMID', source.pmid, normalizePmid, issues)
  const pmcid = checkIdentifier('pmcid', 'PMCID', source.pmcid, normalizePmcid, issues)
  const epubDate = checkEpubDate(source.epubDate, issues)

  if (issues.errors.length > 0) return { ok: false, errors: issues.errors }

  // Only keys with a value, in a fixed order, so equal citations compare equal.
  const citation: Citation = { authors, title, journal, year }
  if (month !== undefined) citation.month = month
  if (day !== undefined) citation.day = day
  if (volume !== undefined) citation.volume = volume
  if (issueNumber !== undefined) citation.issue = issueNumber
  if (pages !== undefined) citation.pages = pages
  if (doi !== undefined) citation.doi = doi
  if (pmid !== undefined) citation.pmid = pmid
  if (pmcid !== undefined) citation.pmcid = pmcid
  if (epubDate !== undefined) citation.epubDate = epubDate

  warnAboutMissingIdentifiers(citation, issues)
  return { ok: true, citation, warnings: issues.warnings }
}
