/** Someone a comment can mention: staff, by their display name or their e-mail address. */
export interface Mentionable {
  id: number
  name?: string | null
  email?: string | null
}

const WORD_CHARACTER = /[\p{L}\p{N}_-]/u

/**
 * The people a comment mentions: `@` followed by a person's full name (`@Ada Lovelace`) or e-mail
 * address (`@ada@clinic.example`), in any case, ending where a word ends. Where two names start
 * alike ("Ada" and "Ada Lovelace") the longest one that fits wins. Each person once, in the order
 * first mentioned; an `@` that names nobody is just text.
 */
export function findMentions(text: string, people: readonly Mentionable[]): number[] {
  const lower = text.toLowerCase()
  const handles = people
    .flatMap((person) =>
      [person.name, person.email]
        .filter((handle): handle is string => typeof handle === 'string' && handle.trim() !== '')
        .map((handle) => ({ id: person.id, handle: handle.trim().toLowerCase() })),
    )
    .sort((a, b) => b.handle.length - a.handle.length)
  const found: number[] = []
  for (let at = lower.indexOf('@'); at !== -1; at = lower.indexOf('@', at + 1)) {
    // An @ inside a word is an e-mail address someone typed, not a mention.
    if (at > 0 && WORD_CHARACTER.test(lower[at - 1]!)) continue
    const match = handles.find(
      ({ handle }) => lower.startsWith(handle, at + 1) && !WORD_CHARACTER.test(lower[at + 1 + handle.length] ?? ''),
    )
    if (match && !found.includes(match.id)) found.push(match.id)
  }
  return found
}
