import { describe, expect, it } from 'vitest'
import { parseLegacyExport } from '../src/index'
import { COOKIE_NOTICE, STROKE_SUMMARY_WITH_SOURCE, UNSTRUCTURED_PROSE } from './fixtures/syntheticPages'

function errorOf(input: unknown): string {
  const result = parseLegacyExport(input as string)
  if (result.ok)
    expect.fail(`accepted as an export with ${result.pages.length} page(s): ${result.pages.map((page) => page.kind).join(', ')}`)
  return result.error
}

/** A small deterministic generator, so the "random" inputs are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function randomWords(totalLength: number, seed: number): string {
  const random = seededRandom(seed)
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const parts: string[] = []
  let length = 0
  let wordsOnLine = 0
  while (length < totalLength) {
    const wordLength = 2 + Math.floor(random() * 9)
    let word = ''
    for (let index = 0; index < wordLength; index += 1) word += letters[Math.floor(random() * letters.length)]
    wordsOnLine += 1
    const separator = wordsOnLine > 12 + random() * 30 ? '\n' : ' '
    if (separator === '\n') wordsOnLine = 0
    parts.push(word, separator)
    length += word.length + 1
  }
  return parts.join('')
}

describe('files that are not an export are refused with a clear message', () => {
  it('an empty file', () => {
    expect(errorOf('')).toMatch(/empty/)
  })

  it('a file of blank space', () => {
    expect(errorOf(' \n\t\r\n   \u00a0\n')).toMatch(/empty/)
  })

  it('a binary file (NUL bytes)', () => {
    expect(errorOf('%PDF-1.7\n\u0000\u0001\u0002binary\u0000stream')).toMatch(/NUL bytes.*binary/)
    expect(errorOf(`${STROKE_SUMMARY_WITH_SOURCE}\u0000`)).toMatch(/NUL bytes/)
  })

  it('a binary file decoded as text (control and replacement characters)', () => {
    const garbled = Array.from({ length: 400 }, (_, index) => String.fromCharCode(index % 2 === 0 ? 0xfffd : 1 + (index % 7))).join('')
    expect(errorOf(`PK\u0003\u0004${garbled}`)).toMatch(/binary file or not UTF-8/)
  })

  it('1 MB of random words', () => {
    const text = randomWords(1_000_000, 42)
    expect(text.length).toBeGreaterThanOrEqual(1_000_000)
    expect(errorOf(text)).toMatch(/does not read as English prose/)
  })

  it('a paragraph of prose with no structure: refused, as no page of the site is recognised in it', () => {
    expect(errorOf(UNSTRUCTURED_PROSE)).toMatch(
      /No page of the clinic's site was recognised.*1 block of text that is not a recognisable page/,
    )
    // Nothing marks where a page ends, so several paragraphs in a row are one block…
    expect(errorOf(`${UNSTRUCTURED_PROSE}\n${UNSTRUCTURED_PROSE}`)).toMatch(/Found 1 block of text/)
    // …and chrome between them makes two.
    expect(errorOf(`${UNSTRUCTURED_PROSE}\nAccept All\n${UNSTRUCTURED_PROSE}`)).toMatch(
      /Found 2 blocks of text .* and 1 piece of page chrome/,
    )
  })

  it('nothing but page chrome', () => {
    expect(errorOf(`${COOKIE_NOTICE}\nRequest Information Packet\nThanks for your interest!`)).toMatch(/No page.*2 pieces of page chrome/)
  })

  it('a file far larger than any export', () => {
    expect(errorOf('a'.repeat(5_000_001))).toMatch(/characters long/)
  })

  it('something that is not text at all', () => {
    expect(errorOf(undefined)).toMatch(/must be text/)
    expect(errorOf(new Uint8Array([1, 2, 3]))).toMatch(/must be text/)
  })
})

describe('what is not refused', () => {
  it('a file with one recognisable page among unrecognised text', () => {
    const result = parseLegacyExport(`${UNSTRUCTURED_PROSE}\n${STROKE_SUMMARY_WITH_SOURCE}`)
    expect(result.ok && result.pages.map((page) => page.kind)).toEqual(['research-summary'])
  })

  it('a page with Windows line endings, a byte-order mark and blank lines between paragraphs', () => {
    const result = parseLegacyExport(`\ufeff${STROKE_SUMMARY_WITH_SOURCE.replace(/\n/g, '\r\n\r\n')}\r\n`)
    if (!result.ok) expect.fail(result.error)
    expect(result.pages.map((page) => page.kind)).toEqual(['research-summary'])
    expect(result.pages[0]!.firstLine).toBe(1)
    expect(result.pages[0]!.lastLine).toBe(11)
  })
})
