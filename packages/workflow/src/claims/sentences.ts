export interface TextSpan {
  start: number
  end: number
}

/** Words whose trailing dot doesn't end a sentence ("Dr. Lee", "e.g. knees", "vs. surgery"). */
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'fig',
  'approx',
  'no',
  'st',
  'jr',
  'sr',
  'inc',
  'ltd',
  'al',
  'ca',
])

/**
 * The sentence containing text[start, end): from just after the previous sentence end
 * (or line break: Lexical blocks are lines) to just after the next one, trimmed.
 */
export function sentenceAround(text: string, start: number, end: number): TextSpan {
  let from = start
  while (from > 0 && !endsSentenceAt(text, from - 1)) from--
  let to = Math.max(end, start)
  while (to < text.length && !endsSentenceAt(text, to)) to++
  if (to < text.length && text[to] !== '\n') to++ // keep the closing punctuation
  while (from < to && /\s/.test(text.charAt(from))) from++
  while (to > from && /\s/.test(text.charAt(to - 1))) to--
  return { start: from, end: to }
}

/** Whether the character at `index` closes a sentence. */
export function endsSentenceAt(text: string, index: number): boolean {
  const char = text.charAt(index)
  if (char === '\n') return true
  if (char !== '.' && char !== '!' && char !== '?') return false
  const next = text.charAt(index + 1)
  if (next !== '' && !/[\s"'”’)]/.test(next)) return false // "3.5", "FDA.gov"
  if (char !== '.') return true
  return !isAbbreviationBefore(text, index)
}

function isAbbreviationBefore(text: string, dotIndex: number): boolean {
  const word = /(\S+)$/.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex))?.[1]?.toLowerCase() ?? ''
  // Single letters and dotted initials: "U.S. FDA", "J. Smith".
  return ABBREVIATIONS.has(word) || /^(?:[a-z]\.)*[a-z]$/.test(word)
}
