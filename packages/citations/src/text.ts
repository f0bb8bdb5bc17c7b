/** Characters that take no space and only get in the way of matching (zero-width space, BOM, …). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g
/** C0 and C1 control characters, tabs and line breaks included: treated as a space. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g

/**
 * Makes pasted or typed text matchable: invisible characters removed, every run of whitespace
 * (non-breaking spaces and line breaks included) turned into one plain space, ends trimmed.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()
}

/**
 * Removes any of `characters` from the end of `text`. A loop rather than a /[…]+$/ regex:
 * such a regex is retried at every position and turns quadratic on long runs of those characters.
 */
export function trimTrailing(text: string, characters: string): string {
  let end = text.length
  while (end > 0 && characters.includes(text.charAt(end - 1))) end -= 1
  return text.slice(0, end)
}
