import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatCitation,
  MAX_CITATION_LENGTH,
  normalizeDoi,
  normalizePmcid,
  normalizePmid,
  parseCitation,
  validateCitation,
  type Citation,
  type ParseResult,
} from '../src/index'
import { validCitation } from './arbitraries'

const CITATION_FIELDS: ReadonlyArray<keyof Citation> = [
  'authors',
  'title',
  'journal',
  'year',
  'month',
  'day',
  'volume',
  'issue',
  'pages',
  'doi',
  'pmid',
  'pmcid',
  'epubDate',
]

/** The result has exactly the promised shape, and a citation it returns is itself valid. */
function expectWellFormed(result: ParseResult): void {
  const issues = result.ok ? result.warnings : result.errors
  if (!result.ok) expect(result.errors.length).toBeGreaterThan(0)
  for (const found of issues) {
    expect(found.field === null || CITATION_FIELDS.includes(found.field)).toBe(true)
    expect(found.code).toMatch(/^[a-z][a-z-]*$/)
    expect(found.message.trim().length).toBeGreaterThan(0)
    // A fault in the reader must never hide behind the safety net.
    expect(found.code).not.toBe('internal-error')
  }
  if (result.ok) {
    const revalidated = validateCitation(result.citation)
    expect(revalidated.ok && revalidated.citation).toStrictEqual(result.citation)
  }
}

/** Pieces of PubMed's syntax, so random text reaches the parser's deeper branches. */
const citationFragment = fc.constantFrom(
  'Smith J',
  'Le Blanc K',
  ', ',
  '; ',
  '. ',
  '.',
  ' ',
  '?',
  '!',
  'Title of a paper',
  'Front Immunol',
  '2023',
  ' Feb',
  ' 24',
  ';',
  '14',
  '(',
  ')',
  ':',
  '61-68',
  'Suppl 1',
  'doi: ',
  '10.1016/S0140-6736(18)32279-7',
  'Epub ',
  'Epub ahead of print',
  'PMID: ',
  '36911700',
  'PMCID: ',
  'PMC9999104',
  'Erratum in: ',
  'Comment in: ',
  'et al',
  '[',
  ']',
  'Winter',
  'Jul-Aug',
  'Source: ',
  '\u00a0',
  '\u201c',
  '\u2019',
  '\n',
  '\u0000',
  '-',
  '2019 Dec-2020 Jan',
  'eCollection 2023',
)
const citationLikeText = fc.array(citationFragment, { maxLength: 60 }).map((parts) => parts.join(''))
const controlCharacters = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)), maxLength: 200 })
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  controlCharacters,
  citationLikeText,
  fc.string({ maxLength: 5000, unit: fc.constantFrom('2020', '. ', 'a, ', '(', ';', ':', ' ', 'Erratum in: ') }),
)

describe('parseCitation on arbitrary text', () => {
  it('never throws and always returns a well-formed result', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectWellFormed(parseCitation(text))
      }),
      { numRuns: 1500 },
    )
  })

  it('stays well-formed when a valid citation is surrounded or cut by noise', () => {
    fc.assert(
      fc.property(validCitation, fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), fc.nat(), (citation, before, after, cut) => {
        const text = formatCitation(citation, 'nlm')
        expectWellFormed(parseCitation(before + text + after))
        expectWellFormed(parseCitation(text.slice(0, cut % (text.length + 1))))
      }),
      { numRuns: 300 },
    )
  })

  it('refuses text longer than the limit with a clear error, even megabytes of it', () => {
    const noise = 'Smith J, 2020. (doi: 10.1/x; '.repeat(200_000)
    const result = parseCitation(noise)
    expect(result).toStrictEqual({
      ok: false,
      errors: [expect.objectContaining({ field: null, code: 'too-long', message: expect.stringContaining('Paste a single citation') })],
    })
  })

  // How fast this runs is measured by the benchmarks, not asserted here.
  it('reads adversarial text just under the limit without failing', () => {
    const patterns = ['2020. ', 'a, ', '(((', 'Erratum in: x. ', 'Smith J, ', '. . ', 'doi: 10.1/(', '2020 Jan-', ' '.repeat(50) + 'x']
    for (const pattern of patterns) {
      const text = pattern.repeat(Math.floor(MAX_CITATION_LENGTH / pattern.length))
      expectWellFormed(parseCitation(text))
    }
  })
})

describe('formatCitation(c, "nlm") and parseCitation are inverses', () => {
  it('gives back every field of any valid citation', () => {
    fc.assert(
      fc.property(validCitation, (citation) => {
        const result = parseCitation(formatCitation(citation, 'nlm'))
        if (!result.ok) throw new Error(`errors: ${JSON.stringify(result.errors)}`)
        expect(result.citation).toStrictEqual(citation)
      }),
      { numRuns: 1000 },
    )
  })

  it('formats the parsed citation back to the same text', () => {
    fc.assert(
      fc.property(validCitation, (citation) => {
        const text = formatCitation(citation, 'nlm')
        const result = parseCitation(text)
        expect(result.ok && formatCitation(result.citation, 'nlm')).toBe(text)
      }),
      { numRuns: 300 },
    )
  })
})

describe('identifier normalisers are idempotent', () => {
  const identifierLike = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc
      .tuple(
        fc.constantFrom('', 'doi:', 'DOI: ', 'https://doi.org/', 'pmid: ', 'PMID:', 'PMC', 'PMC ', 'pmcid: ', '(', ' '),
        fc.string({ maxLength: 40 }),
        fc.constantFrom('', '.', ')', ' ', ';'),
      )
      .map(([prefix, body, suffix]) => prefix + body + suffix),
    fc
      .tuple(fc.integer({ min: 1000, max: 99999 }), fc.string({ maxLength: 30 }))
      .map(([registrant, suffix]) => `doi: 10.${registrant}/${suffix}`),
    fc.nat().map((number) => `PMID: ${number}`),
    fc.nat().map((number) => `https://pmc.ncbi.nlm.nih.gov/articles/PMC${number}/`),
  )

  it.each([
    ['normalizeDoi', normalizeDoi],
    ['normalizePmid', normalizePmid],
    ['normalizePmcid', normalizePmcid],
  ] as const)('%s(its own output) returns the same value', (_name, normalize) => {
    fc.assert(
      fc.property(identifierLike, (input) => {
        const first = normalize(input)
        if (first.ok) expect(normalize(first.value)).toStrictEqual(first)
        else expect(first.message.length).toBeGreaterThan(0)
      }),
      { numRuns: 2000 },
    )
  })
})
