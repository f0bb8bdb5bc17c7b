/**
 * Checks that a file can be a text export of the site before any page is looked for, so that a
 * wrong upload (an image, a spreadsheet, a random file) gets a clear refusal rather than a list of
 * "unclassified pages".
 */

/** The real export is ~55 kB; a whole site of a few hundred pages stays far below this. */
export const MAX_EXPORT_LENGTH = 5_000_000

/** Control characters that never occur in text (tab, line feed, form feed and carriage return do). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g
/** What a decoder puts in place of bytes that are not UTF-8: a binary file read as text. */
const REPLACEMENT_CHARACTER = /\ufffd/g

/**
 * The commonest English words. They make up roughly a third of any English prose (the real export:
 * about 40%), and almost none of random words, code, CSV data or base64.
 */
const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'can',
  'do',
  'for',
  'from',
  'has',
  'have',
  'how',
  'if',
  'in',
  'is',
  'it',
  'its',
  'may',
  'more',
  'not',
  'of',
  'on',
  'or',
  'our',
  'that',
  'the',
  'their',
  'these',
  'they',
  'this',
  'to',
  'was',
  'we',
  'were',
  'what',
  'when',
  'which',
  'while',
  'who',
  'will',
  'with',
  'you',
  'your',
])
/** Below this share of function words, the text is not English prose. */
const MIN_FUNCTION_WORD_SHARE = 0.12
/** Too few words to judge; such texts are judged by whether a page is found in them. */
const MIN_WORDS_TO_JUDGE = 40

function count(text: string, pattern: RegExp): number {
  let found = 0
  for (const _ of text.matchAll(pattern)) found += 1
  return found
}

function functionWordShare(text: string): { words: number; share: number } {
  let words = 0
  let functionWords = 0
  for (const match of text.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) {
    words += 1
    if (FUNCTION_WORDS.has(match[0].toLowerCase())) functionWords += 1
  }
  return { words, share: words === 0 ? 0 : functionWords / words }
}

/** undefined when the text may be an export; otherwise why it cannot be one, in plain words. */
export function refuseInput(text: unknown): string | undefined {
  if (typeof text !== 'string') return 'The export must be text (the contents of a .txt file).'
  if (text.length > MAX_EXPORT_LENGTH) {
    return `The file is ${text.length.toLocaleString('en')} characters long; a text export of the site is far smaller (at most ${MAX_EXPORT_LENGTH.toLocaleString('en')}). Check that this is the right file.`
  }
  if (text.trim() === '') return 'The file is empty: there is no text in it to import.'
  if (text.includes('\u0000')) {
    return 'The file contains NUL bytes, so it is a binary file (an image, a PDF, a Word or zip file…), not a plain-text export of the site.'
  }
  const oddCharacters = count(text, CONTROL_CHARACTERS) + count(text, REPLACEMENT_CHARACTER)
  if (oddCharacters > Math.max(3, text.length / 1000)) {
    return `The file contains ${oddCharacters.toLocaleString('en')} control or undecodable characters, so it is a binary file or not UTF-8 text, not a plain-text export of the site.`
  }
  const { words, share } = functionWordShare(text)
  if (words >= MIN_WORDS_TO_JUDGE && share < MIN_FUNCTION_WORD_SHARE) {
    return `The text does not read as English prose (only ${Math.round(share * 100)}% of its ${words.toLocaleString('en')} words are common words such as "the", "and", "of"; site pages have about 40%), so it is not a text export of the site.`
  }
  return undefined
}
