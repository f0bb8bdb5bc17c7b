/**
 * Splits prose into sentences at ". ", "! " or "? " before a capital or digit, except after
 * abbreviations that end in a full stop ("et al.", "e.g.", "vs.", "Dr.", initials), which the
 * site's summaries use a lot ("Tambe et al. examine…").
 */
const SENTENCE_END = /[.!?…]["'”’)]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu
const ABBREVIATION_BEFORE =
  /(?:\bet al|\be\.g|\bi\.e|\bvs|\bcf|\bDr|\bMrs?|\bMs|\bProf|\bSt|\bNo|\bFig|\bapprox|\bInc|\bLtd|\bCo|\bU\.S|\b\p{Lu})\.["'”’)]*\s+$/u

export function splitSentences(text: string): string[] {
  const sentences: string[] = []
  let start = 0
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length
    if (ABBREVIATION_BEFORE.test(text.slice(Math.max(start, match.index - 12), end))) continue
    sentences.push(text.slice(start, end).trim())
    start = end
  }
  const rest = text.slice(start).trim()
  if (rest !== '') sentences.push(rest)
  return sentences
}

/** At most `max` characters, cut after a whole word, with "…" when anything was cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  const room = text.slice(0, max - 1)
  const lastSpace = room.lastIndexOf(' ')
  const cut = (lastSpace > max / 2 ? room.slice(0, lastSpace) : room).replace(/[\s,;:–—-]+$/u, '')
  return `${cut}…`
}
