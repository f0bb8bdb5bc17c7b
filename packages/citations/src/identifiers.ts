import { collapseWhitespace } from './text'
import type { Normalized } from './types'

/** Longer than any identifier or identifier URL; keeps work bounded whatever is pasted. */
const MAX_IDENTIFIER_INPUT_LENGTH = 2000

function decodePercentEncoding(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    // A stray "%" that is not an escape: keep the text as pasted rather than fail.
    return text
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1
}

const CLOSING_TO_OPENING: Record<string, string> = { ')': '(', ']': '[', '>': '<' }

/**
 * Drops punctuation that comes from the sentence around a pasted identifier, not from the
 * identifier: "doi: 10.1/abc." or "(PMID: 123)". No identifier starts with a bracket or quote, so
 * those go from the start. A closing bracket goes from the end only when it has no partner,
 * because DOIs such as 10.1016/S0140-6736(18)32279-7 contain balanced ones.
 */
function stripSentencePunctuation(text: string): string {
  const result = text.replace(/^[\s([<"'\u2018\u2019\u201C\u201D]+/, '')
  // Bracket counts are kept up to date while trimming, so the loop stays linear.
  const unmatchedClosers: Record<string, number> = {}
  for (const [closing, opening] of Object.entries(CLOSING_TO_OPENING)) {
    unmatchedClosers[closing] = count(result, closing) - count(result, opening)
  }
  let end = result.length
  for (;;) {
    const last = result.charAt(end - 1)
    if (/[\s.,;:"'\u2018\u2019\u201C\u201D]/.test(last)) {
      end -= 1
    } else if ((unmatchedClosers[last] ?? 0) > 0) {
      unmatchedClosers[last]! -= 1
      end -= 1
    } else {
      return result.slice(0, end)
    }
  }
}

function checkInput(input: unknown, name: string): { text: string } | { failure: Normalized } {
  if (typeof input !== 'string') return { failure: { ok: false, message: `The ${name} must be text.` } }
  if (input.length > MAX_IDENTIFIER_INPUT_LENGTH) {
    return { failure: { ok: false, message: `The ${name} is far too long to be one (${input.length} characters).` } }
  }
  const text = collapseWhitespace(input)
  if (text === '') return { failure: { ok: false, message: `The ${name} is empty.` } }
  return { text }
}

/**
 * Characters that pages percent-encode inside a DOI printed as text: the angle brackets, "#" and
 * ";" of old SICI DOIs ("10.1002/(SICI)1097-4636(199604)30:4%3C529::AID-JBM13%3E3.0.CO;2-D"),
 * and the brackets, colons and slashes some link builders encode as well. The DOI itself contains
 * the character, not its escape, so it is stored decoded and encoded once, by doiUrl, for the
 * link. Other escapes are left alone: "%" is a legal DOI character and "%20" etc. never stand in a DOI.
 */
const DOI_ESCAPED_CHARACTERS: Readonly<Record<string, string>> = {
  '3C': '<',
  '3E': '>',
  '23': '#',
  '3B': ';',
  '28': '(',
  '29': ')',
  '5B': '[',
  '5D': ']',
  '3A': ':',
  '2F': '/',
}

function decodeDoiEscapes(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => DOI_ESCAPED_CHARACTERS[hex.toUpperCase()] ?? escape)
}

const DOI_URL = /^(?:https?:\/\/)?(?:www\.)?(?:dx\.)?doi\.org\/(.+)$/i
const DOI_LABEL = /^(?:doi|digital object identifier)\s*[:：]?\s*/i
/** Directory "10." + registrant code (which may have sub-parts) + "/" + any suffix. */
const DOI_SHAPE = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/

/**
 * Accepts "10.3389/fimmu.2023.1141601", "doi:10...", "DOI: 10...", "https://doi.org/10..."
 * (percent-escapes in a URL are decoded) and returns the bare DOI in lower case, because DOIs
 * are case-insensitive and one spelling makes duplicates easy to find.
 */
export function normalizeDoi(input: string): Normalized {
  const checked = checkInput(input, 'DOI')
  if ('failure' in checked) return checked.failure
  let text = checked.text

  const url = DOI_URL.exec(text)
  if (url) text = decodePercentEncoding(url[1]!).trim()
  else text = stripSentencePunctuation(text).replace(DOI_LABEL, '')
  text = decodeDoiEscapes(stripSentencePunctuation(text))

  if (DOI_SHAPE.test(text)) return { ok: true, value: text.toLowerCase() }
  if (/^10\.\d{4,9}(?:\.\d+)*\/\S/.test(text)) {
    return { ok: false, message: `The DOI "${checked.text}" contains a space; a DOI has none.` }
  }
  return {
    ok: false,
    message: `"${checked.text}" is not a DOI: a DOI starts with "10.", a number and a slash, e.g. 10.3389/fimmu.2023.1141601.`,
  }
}

const PUBMED_URL = /^(?:https?:\/\/)?(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\/(\d+)\/?(?:[?#].*)?$/i
const PMID_LABEL = /^(?:pmid|pubmed id|pubmed)\s*[:#]?\s*/i
/** PMIDs are about 40 million now; nine digits leaves room for decades. */
const MAX_PMID_DIGITS = 9

/** Accepts "36911700", "PMID: 36911700", "PMID:36911700", PubMed URLs; returns the digits. */
export function normalizePmid(input: string): Normalized {
  const checked = checkInput(input, 'PMID')
  if ('failure' in checked) return checked.failure
  let text = checked.text

  const url = PUBMED_URL.exec(text)
  if (url) text = url[1]!
  else text = stripSentencePunctuation(stripSentencePunctuation(text).replace(PMID_LABEL, ''))

  if (/^pmc/i.test(text) || /\/pmc\//i.test(text)) {
    return { ok: false, message: `"${checked.text}" looks like a PMCID (PMC…), not a PMID: put it in the PMCID field.` }
  }
  if (/^10\.\d/.test(text)) {
    return { ok: false, message: `"${checked.text}" looks like a DOI, not a PMID: put it in the DOI field.` }
  }
  const digits = /^\d+$/.test(text) ? text.replace(/^0+/, '') : undefined
  if (digits === undefined || digits.length > MAX_PMID_DIGITS) {
    return { ok: false, message: `"${checked.text}" is not a PMID: a PMID is a number of up to nine digits, e.g. 36911700.` }
  }
  if (digits === '') return { ok: false, message: 'The PMID cannot be zero.' }
  return { ok: true, value: digits }
}

const PMC_URL =
  /^(?:https?:\/\/)?(?:www\.)?(?:pmc\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pmc|europepmc\.org)\/(?:articles|article\/pmc)\/(pmc\d+)\/?(?:[?#].*)?$/i
const PMCID_LABEL = /^pmcid\s*[:#]?\s*/i
const PMCID_SHAPE = /^pmc\s?(\d{1,9})$/i

/** Accepts "PMC9999104", "PMC 9999104", "pmcid: PMC9999104", PMC URLs; returns "PMC" + digits. */
export function normalizePmcid(input: string): Normalized {
  const checked = checkInput(input, 'PMCID')
  if ('failure' in checked) return checked.failure
  let text = checked.text

  const url = PMC_URL.exec(text)
  if (url) text = url[1]!
  else text = stripSentencePunctuation(stripSentencePunctuation(text).replace(PMCID_LABEL, ''))

  const match = PMCID_SHAPE.exec(text)
  if (match) {
    const digits = match[1]!.replace(/^0+/, '')
    if (digits === '') return { ok: false, message: 'The PMCID cannot be PMC0.' }
    return { ok: true, value: `PMC${digits}` }
  }
  if (/^\d+$/.test(text)) {
    return {
      ok: false,
      message: `"${checked.text}" is a bare number: a PMCID starts with PMC (e.g. PMC9999104); a number alone is probably a PMID.`,
    }
  }
  return { ok: false, message: `"${checked.text}" is not a PMCID: a PMCID is "PMC" followed by digits, e.g. PMC9999104.` }
}
