/**
 * PubMed writes a person as surname (which may have particles, hyphens, apostrophes and spaces)
 * followed by up to four capital initials and an optional generational suffix:
 * "Prockop DJ", "Le Blanc K", "van der Kooy D", "O'Brien T", "Roberts WC Jr".
 */
const PERSONAL_NAME = /^\p{L}[\p{L}\p{M}'\- ]*? \p{Lu}{1,4}(?: (?:Jr|Sr|2nd|3rd|4th|II|III|IV))?$/u

/** Words that only a collective ("group") author contains. */
const GROUP_WORDS =
  /\b(?:group|collaborat\w*|consortium|committee|investigators?|association|society|team|network|organi[sz]ation|council|panel|study|trial|working|task force|writing|institute|board|academy|college|federation|alliance|initiative|program(?:me)?|foundation|centre|center|agency|service|registry|project|members)\b/iu

/** Long strings are never a single person's name; skipping them keeps the check cheap. */
const MAX_PERSONAL_NAME_LENGTH = 120

export function looksLikePersonalName(name: string): boolean {
  return name.length <= MAX_PERSONAL_NAME_LENGTH && PERSONAL_NAME.test(name)
}

/**
 * A collective author such as "GBD 2017 Disease and Injury Incidence and Prevalence Collaborators"
 * or "World Medical Association". PubMed puts "; " before it instead of ", ". Names that are merely
 * unusual ("Prockop Dj", as one real PubMed record spells it) stay personal.
 */
export function isGroupAuthor(name: string): boolean {
  if (looksLikePersonalName(name)) return false
  return /\d/.test(name) || name.split(' ').length >= 3 || GROUP_WORDS.test(name)
}

/**
 * PubMed's separators: ", " between people, "; " on either side of a group author
 * ("Le Blanc K, Ringdén O; Developmental Committee…", "RECOVERY Collaborative Group; Horby P, …").
 */
export function joinAuthors(authors: readonly string[]): string {
  return authors.reduce((text, author, index) => {
    if (index === 0) return author
    const besideGroup = isGroupAuthor(author) || isGroupAuthor(authors[index - 1]!)
    return text + (besideGroup ? '; ' : ', ') + author
  }, '')
}

export interface AuthorList {
  authors: string[]
  /** The list ended in "et al.", so some authors are missing. */
  truncated: boolean
}

/**
 * Splits PubMed's author sentence ("Horby P, Lim WS; RECOVERY Collaborative Group") into names.
 * Semicolons always separate. Commas separate too, except inside a part in which no piece looks
 * like a person: that part is one group name that happens to contain a comma.
 */
export function splitAuthorList(text: string): AuthorList {
  let list = text.replace(/\s+/g, ' ').trim()
  const etAl = /,?\s*\bet\.? al\.?$/i.exec(list)
  if (etAl) list = list.slice(0, etAl.index)

  const authors: string[] = []
  for (const part of list.split(';')) {
    const pieces = part
      .split(',')
      .map((piece) => piece.trim())
      .filter((piece) => piece !== '')
    if (pieces.length > 1 && pieces.some(looksLikePersonalName)) authors.push(...pieces)
    else if (part.trim() !== '') authors.push(part.trim())
  }
  return { authors, truncated: etAl !== null }
}
