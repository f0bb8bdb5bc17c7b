import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseLegacyExport, type ParseExportResult } from '../src/index'
import { legacyLines, legacySiteLines, legacySiteText } from './fixtures/legacySite'
import { LIFESTYLE_POST, MS_GUIDE, STROKE_SUMMARY_WITH_SOURCE } from './fixtures/syntheticPages'

/** Real and synthetic lines plus the shapes the importer reacts to, to be mixed with random text. */
const TYPICAL_LINES = [
  ...legacySiteLines.filter((line) => line.trim() !== ''),
  ...LIFESTYLE_POST.split('\n'),
  ...MS_GUIDE.split('\n'),
  ...STROKE_SUMMARY_WITH_SOURCE.split('\n'),
  'Source:',
  'Source: 2020',
  'PMID: 1',
  'Call us at (555) 555-5555.',
  'However, contact us.',
  'Benefits:',
  '• ',
  '1. ',
  'A: b',
  ':',
  '…',
]

const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TYPICAL_LINES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...TYPICAL_LINES).chain((typical) => fc.nat(typical.length).map((cut) => typical.slice(0, cut))),
  },
)
const exportText = fc
  .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\n\n', '\r'))
  .map(([lines, eol]) => lines.join(eol))

/** What every answer must satisfy, whatever the input. */
function checkAnswer(result: ParseExportResult, text: string): void {
  if (!result.ok) {
    expect(result.error.length).toBeGreaterThan(10)
    expect(result.error).not.toMatch(/fault in the importer/)
    return
  }
  const lineCount = text.split(/\r\n|\r|\n/).length
  let previousLast = 0
  result.pages.forEach((page, index) => {
    expect(page.index).toBe(index)
    expect(page.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(page.firstLine).toBeGreaterThan(previousLast)
    expect(page.lastLine).toBeGreaterThanOrEqual(page.firstLine)
    expect(page.lastLine).toBeLessThanOrEqual(lineCount)
    previousLast = page.lastLine
    if (page.kind === 'unclassified' || page.kind === 'chrome') expect(page.reason).toBeTruthy()
    if (page.title !== undefined) {
      expect(page.titleDerived).toBe(true)
      expect(page.title.length).toBeLessThanOrEqual(200)
    }
    if (page.excerpt !== undefined) expect(page.excerpt.length).toBeLessThanOrEqual(300)
    if (page.kind === 'research-summary' || page.kind === 'condition-guide' || page.kind === 'lifestyle-post')
      expect(page.body?.root.children.length).toBeGreaterThan(0)
  })
  expect(result.pages.some((page) => page.kind !== 'chrome' && page.kind !== 'unclassified')).toBe(true)
}

describe('pages are found whatever the order and selection', () => {
  const realPages = (() => {
    const result = parseLegacyExport(legacySiteText)
    if (!result.ok) throw new Error(result.error)
    return result.pages.filter((page) => page.kind !== 'chrome')
  })()

  it('any non-empty selection of the real pages, in any order, gives back those pages with the same fingerprints and kinds', () => {
    const selection = fc.shuffledSubarray(realPages, { minLength: 1 })
    fc.assert(
      fc.property(selection, (chosen) => {
        const text = chosen.map((page) => legacyLines(page.firstLine, page.lastLine)).join('\n')
        const result = parseLegacyExport(text)
        if (!result.ok) expect.fail(result.error)
        expect(result.pages.map((page) => [page.kind, page.fingerprint])).toEqual(chosen.map((page) => [page.kind, page.fingerprint]))
      }),
      { numRuns: 100 },
    )
  })
})

describe('parseLegacyExport never throws', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => {
        checkAnswer(parseLegacyExport(text), text)
      }),
      { numRuns: 300 },
    )
  })

  it('on mixtures of real lines, the shapes it reacts to, fragments and random text', () => {
    fc.assert(
      fc.property(exportText, (text) => {
        checkAnswer(parseLegacyExport(text), text)
      }),
      { numRuns: 400 },
    )
  })

  it('on values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x'), new Uint8Array(4)]) {
      const result = parseLegacyExport(value as unknown as string)
      expect(result.ok).toBe(false)
    }
  })
})
