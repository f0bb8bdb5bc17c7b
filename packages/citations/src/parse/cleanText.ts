import { collapseWhitespace } from '../text'

/**
 * A PubMed citation is a few hundred characters; one with hundreds of authors a few thousand.
 * Anything longer is not one citation, and refusing it keeps parsing time bounded.
 */
export const MAX_CITATION_LENGTH = 20_000

/**
 * Websites turn straight quotes into curly ones; PubMed writes straight ones, so curly quotes are
 * straightened (the legacy site has "Parkinson’s"). Primes (′) are left alone: they are
 * meaningful in titles such as "5′-nucleotidase".
 */
function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u201B]/g, "'").replace(/[\u201C\u201D\u201E\u201F]/g, '"')
}

/**
 * "Source: " is how the clinic's site introduces a citation; "1. " is how PubMed numbers the
 * citations of a search result. Neither is part of the citation.
 */
function stripLeadIn(text: string): string {
  return text.replace(/^(?:sources?|citation|reference)\s*:\s*/i, '').replace(/^\d{1,4}\.\s+(?=\D)/, '')
}

/**
 * PubMed's older summaries wrote "2009 Jan 5. [Epub ahead of print] PMID: 19131234" with no full
 * stop after the bracket; giving it one makes it a sentence like any other.
 */
function endBracketedAheadOfPrint(text: string): string {
  return text.replace(/\[Epub ahead of print\]\.?/gi, 'Epub ahead of print.')
}

/** Text ready for sentence splitting: one line, plain spaces, straight quotes, no lead-in. */
export function prepareCitationText(raw: string): string {
  return endBracketedAheadOfPrint(stripLeadIn(straightenQuotes(collapseWhitespace(raw)))).trim()
}
