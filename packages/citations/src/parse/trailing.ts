import { parseSimpleDate, type PartialDate } from '../dates'
import { isLanguageSentence } from './languages'

/** What one sentence after "date;volume(issue):pages" can be. */
export type TrailingSentence =
  | { kind: 'doi'; value: string }
  | { kind: 'epub'; date: PartialDate | undefined; text: string }
  | { kind: 'ahead-of-print' }
  /** PubMed's older "pii: eaat8462": the publisher's item identifier, printed where pages are now. */
  | { kind: 'pii'; value: string }
  | { kind: 'identifiers'; pmid: string[]; pmcid: string[]; unrecognised: string[] }
  /** "Erratum in:", "Retraction in:", "Update of:", "Comment in:", … up to the PMID. */
  | { kind: 'note'; label: string }
  /** Known sentences that carry nothing the citation stores ("eCollection 2023", "Review"). */
  | { kind: 'ignorable' }
  | { kind: 'unknown' }

/**
 * PubMed's linked notices: a capitalised label of one to six words ending in one of these
 * prepositions and a colon. Each word is a run without spaces, so the regex cannot backtrack
 * more than its six repetitions.
 */
const NOTE_LABEL = /^([A-Z][A-Za-z-]*(?: [A-Za-z-]+){0,5} (?:in|of|for|from|on|to)):/
/**
 * PubMed labels its identifiers "PMID:" and "PMCID:"; until about 2019 it wrote "PubMed PMID:" and
 * "PubMed Central PMCID:", which pages copied then still carry.
 */
const OLD_IDENTIFIER_PREFIX = '(?:PubMed(?: Central)?\\s+)?'
const IDENTIFIER_LABEL = new RegExp(`^${OLD_IDENTIFIER_PREFIX}(?:PMID|PMCID|NIHMSID|MID)\\s*:`, 'i')
const IDENTIFIER_PART = new RegExp(`^\\s*${OLD_IDENTIFIER_PREFIX}(PMID|PMCID|NIHMSID|MID)\\s*:\\s*(\\S+)\\s*(.*)$`, 'i')
const DOI = /^doi\s*:?\s*(\S+)$/i
const DOI_URL = /^(https?:\/\/(?:dx\.)?doi\.org\/\S+)$/i
const PII = /^pii\s*:\s*(\S+)$/i
const EPUB = /^\[?Epub:?\s+(.*?)\]?$/i
const IGNORABLE = /^(?:eCollection(?: .{1,30})?|Review|Free PMC article|Free article|No abstract available|Free full text)$/i

/** What PubMed's older summaries print after a PMID: "Free PMC article", "[PubMed - indexed for MEDLINE]". */
const IGNORABLE_AFTER_IDENTIFIER = /^(?:Free (?:PMC )?article|\[PubMed(?: - [^\]]{1,40})?\])$/i

function classifyIdentifiers(sentence: string): TrailingSentence {
  const pmid: string[] = []
  const pmcid: string[] = []
  const unrecognised: string[] = []
  for (const part of sentence.split(';')) {
    const match = IDENTIFIER_PART.exec(part)
    if (!match) {
      if (part.trim() !== '') unrecognised.push(part.trim())
      continue
    }
    const [, label = '', value = '', rest = ''] = match
    if (label.toUpperCase() === 'PMID') pmid.push(value)
    else if (label.toUpperCase() === 'PMCID') pmcid.push(value)
    // NIHMSID and MID identify the author manuscript; the citation does not store them.
    if (rest.trim() !== '' && !IGNORABLE_AFTER_IDENTIFIER.test(rest.trim())) unrecognised.push(rest.trim())
  }
  return { kind: 'identifiers', pmid, pmcid, unrecognised }
}

export function classifyTrailingSentence(sentence: string): TrailingSentence {
  const note = NOTE_LABEL.exec(sentence)
  if (note) return { kind: 'note', label: note[1]! }
  if (IDENTIFIER_LABEL.test(sentence)) return classifyIdentifiers(sentence)

  const doi = DOI.exec(sentence) ?? DOI_URL.exec(sentence)
  if (doi) return { kind: 'doi', value: doi[1]! }

  const pii = PII.exec(sentence)
  if (pii) return { kind: 'pii', value: pii[1]! }

  const epub = EPUB.exec(sentence)
  if (epub) {
    const text = epub[1]!.trim()
    if (/^ahead of print$/i.test(text)) return { kind: 'ahead-of-print' }
    return { kind: 'epub', date: parseSimpleDate(text), text }
  }
  if (IGNORABLE.test(sentence) || isLanguageSentence(sentence)) return { kind: 'ignorable' }
  return { kind: 'unknown' }
}
