/**
 * PubMed's format is a row of sentences, each ended by ". ". Nothing inside a sentence has a full
 * stop followed by a space (DOIs and pages such as "100.e1" contain full stops, but never before
 * a space), except titles, which are put back together from their sentences.
 * Sentences keep any "?" or "!" that ends them; only the full stop is consumed.
 */
export function splitSentences(text: string): string[] {
  const body = text.endsWith('.') ? text.slice(0, -1) : text
  return body.split('. ').map((sentence) => sentence.trim())
}
