/**
 * A search box query read the way `websearch_to_tsquery` reads it ("quoted phrase", `or`, `-word`),
 * split into the words the vocabulary (`search_words`, migration 20261204_033909_search_vocabulary)
 * is made of, so each word can be checked, corrected or expanded on its own.
 */
export interface QueryUnit {
  /** Lower-case words, as `search_words_of` splits text ("stem-cell" is ["stem", "cell"]). */
  words: string[]
  /** Typed in quotes: its words must stand next to each other. */
  phrase: boolean
  /** Typed with a leading `-`: results must not contain it (never corrected or expanded). */
  negated: boolean
  /** Joined to the unit before by `or`. */
  orWithPrevious: boolean
}

/** Lower case, a possessive keeps its s ("Parkinson's" → "parkinsons"), anything else separates. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['\u2019]s\b/gu, 's')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
}

export function parseQueryUnits(q: string): QueryUnit[] {
  const units: QueryUnit[] = []
  let orPending = false
  for (const match of q.matchAll(/(-?)"([^"]*)"?|(\S+)/gu)) {
    const [, quotedNegation, quoted, bare] = match
    if (bare !== undefined && bare.toLowerCase() === 'or') {
      orPending = units.length > 0
      continue
    }
    const negated = bare !== undefined ? bare.startsWith('-') && bare.length > 1 : quotedNegation === '-'
    const words = wordsOf(quoted ?? bare ?? '')
    if (words.length === 0) continue
    units.push({ words, phrase: quoted !== undefined, negated, orWithPrevious: orPending })
    orPending = false
  }
  return units
}
