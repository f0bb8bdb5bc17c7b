import { MAX_CITATION_LENGTH, parseCitation } from '@clinic/citations'

/** How the site introduces a citation: "Source: Xia Y, Zhu J, … PMID: 36911700." */
const LEAD_IN = /^(?:sources?|references?|citation)\s*:\s*\S/i
/** Identifiers only a citation carries. */
const IDENTIFIER = /\b(?:PMID|PMCID)\s*:\s*\w|\bdoi\s*:\s*10\.\d{4,9}\/|\bdoi\.org\/10\.\d{4,9}\//i
/** PubMed's "Journal. 2023 Feb 24;14:1141601": a year right after a full stop, then ";volume" or ":pages". */
const JOURNAL_DATE = /\.\s(?:19|20)\d{2}(?:\s[A-Z][a-z]{2,8}\.?(?:\s\d{1,2})?)?[;:]\s?\S/

/**
 * Whether a line is a source citation, which ends a research summary. Shape decides (a "Source:"
 * lead-in, or a PMID/DOI or PubMed's date-and-volume, in a line the citation parser reads), never
 * the exact paper, so other summaries' citations are found too; a line with "Source:" that the
 * parser cannot read still ends the summary, and the editor is told to enter the citation by hand.
 */
export function isCitationLine(line: string): boolean {
  if (line.length > MAX_CITATION_LENGTH) return false
  if (LEAD_IN.test(line)) return /\b(?:19|20)\d{2}\b/.test(line)
  if (!IDENTIFIER.test(line) && !JOURNAL_DATE.test(line)) return false
  return parseCitation(line).ok
}
