/**
 * PubMed's format is a row of sentences, each ended by ". ". Nothing inside a sentence has a full
 * stop followed by a space (DOIs and pages such as "100.e1" contain full stops, but never before
 * a space), except titles, which are put back together from their sentences.
 * Sentences keep any "?" or "!" that ends them; only the full stop is consumed.
 *
 * PubMed also ends a linked notice that has no volume or pages with ";:" instead of a full stop:
 * "Erratum in: Infect Dis Ther. 2019 Aug 22;: PMID: 31414403; PMCID: PMC6856232." Without a
 * boundary there, the paper's own PMID would sit inside the notice's date sentence. A source
 * sentence never has ";: " (an empty volume is written ";:" with the pages right after it).
 */
const SENTENCE_BOUNDARY = /\. |;: /

export function splitSentences(text: string): string[] {
  const body = text.endsWith('.') ? text.slice(0, -1) : text
  return body.split(SENTENCE_BOUNDARY).map((sentence) => sentence.trim())
}
