import { describe, expect, it } from 'vitest'
import { validateCitation, type Citation } from '../src/index'

const currentYear = new Date().getFullYear()

const valid: Citation = {
  authors: ['Xia Y', 'Zhu J'],
  title: 'Mesenchymal stem cells in the treatment of spinal cord injury',
  journal: 'Front Immunol',
  year: 2023,
  month: 2,
  day: 24,
  volume: '14',
  pages: '1141601',
  doi: '10.3389/fimmu.2023.1141601',
  pmid: '36911700',
  pmcid: 'PMC9999104',
}

/** The fields the error must be about, for an input that changes `valid` as shown. */
function errorsFor(changes: Record<string, unknown>) {
  const result = validateCitation({ ...valid, ...changes } as Partial<Citation>)
  if (result.ok) throw new Error(`expected errors for ${JSON.stringify(changes)}`)
  return result.errors
}

describe('validateCitation accepts', () => {
  it('a complete citation unchanged, without warnings', () => {
    expect(validateCitation(valid)).toStrictEqual({ ok: true, citation: valid, warnings: [] })
  })

  it('the bare minimum: authors, title, journal and year', () => {
    const result = validateCitation({ authors: ['WHO Study Group'], title: 'A title', journal: 'Lancet', year: 1800 })
    expect(result.ok && result.citation).toStrictEqual({ authors: ['WHO Study Group'], title: 'A title', journal: 'Lancet', year: 1800 })
  })

  it('next year (papers appear before their issue date) but not the year after', () => {
    expect(validateCitation({ ...valid, year: currentYear + 1, month: undefined, day: undefined }).ok).toBe(true)
    expect(errorsFor({ year: currentYear + 2 }).map((error) => error.field)).toStrictEqual(['year'])
  })

  it('29 February in a leap year only', () => {
    expect(validateCitation({ ...valid, year: 2024, month: 2, day: 29 }).ok).toBe(true)
    expect(errorsFor({ year: 2023, month: 2, day: 29 })).toStrictEqual([
      { field: 'day', code: 'out-of-range', message: 'Day 29 does not exist: February 2023 has 28 days.' },
    ])
  })

  it('and tidies what an editor typed: spaces, full stops, identifier prefixes, unknown keys', () => {
    const result = validateCitation({
      authors: ['  Xia\u00a0Y ', 'Zhu J.'],
      title: '  Mesenchymal stem cells   in the treatment of spinal cord injury. ',
      journal: 'Front Immunol.',
      year: 2023,
      month: 2,
      day: 24,
      volume: ' 14 ',
      pages: '1141601.',
      doi: 'https://doi.org/10.3389/FIMMU.2023.1141601',
      pmid: 'PMID: 36911700',
      pmcid: 'pmcid: PMC 9999104',
      id: 'cms-row-7',
    } as Partial<Citation>)
    expect(result).toStrictEqual({ ok: true, citation: valid, warnings: [] })
  })

  it('a title keeps its own question or exclamation mark', () => {
    const result = validateCitation({ ...valid, title: 'Hope or hype?' })
    expect(result.ok && result.citation.title).toBe('Hope or hype?')
  })

  it('values of the wrong type that a form may deliver: numbers as text and text as numbers', () => {
    const result = validateCitation({
      ...valid,
      year: '2023',
      month: '2',
      day: '24',
      volume: 14,
      pmid: 36911700,
    } as unknown as Partial<Citation>)
    expect(result).toStrictEqual({ ok: true, citation: valid, warnings: [] })
  })
})

describe('validateCitation warns, without refusing,', () => {
  it('about each missing identifier, naming it', () => {
    const { doi: _doi, pmid: _pmid, pmcid: _pmcid, ...withoutIdentifiers } = valid
    expect(validateCitation(withoutIdentifiers)).toStrictEqual({
      ok: true,
      citation: withoutIdentifiers,
      warnings: [
        { field: 'doi', code: 'missing-doi', message: expect.stringContaining('No DOI') },
        { field: 'pmid', code: 'missing-pmid', message: expect.stringContaining('No PMID') },
        { field: 'pmcid', code: 'missing-pmcid', message: 'No PMCID found: the paper may not be free in PubMed Central.' },
      ],
    })
  })

  it('about an author entry that holds several names', () => {
    const result = validateCitation({ ...valid, authors: ['Xia Y, Zhu J, Yang R'] })
    expect(result.ok && result.warnings).toStrictEqual([
      { field: 'authors', code: 'several-names-in-one-author', message: expect.stringContaining('Author 1') },
    ])
  })
})

describe('validateCitation refuses, and each error names its field', () => {
  it.each<[string, Record<string, unknown>, keyof Citation, string, RegExp]>([
    ['no authors', { authors: undefined }, 'authors', 'required', /^Authors are missing/],
    ['an empty author list', { authors: [] }, 'authors', 'required', /^Authors are missing/],
    ['a blank author', { authors: ['Xia Y', '  '] }, 'authors', 'empty-author', /^Author 2 is empty/],
    ['an author that is not text', { authors: ['Xia Y', 42] }, 'authors', 'empty-author', /^Author 2 is empty/],
    ['authors given as one text', { authors: 'Xia Y, Zhu J' }, 'authors', 'invalid-type', /^Authors must be a list/],
    ['no title', { title: undefined }, 'title', 'required', /^Title is missing/],
    ['a title of spaces and a full stop', { title: '  . ' }, 'title', 'required', /^Title is missing/],
    ['a title that is not text', { title: ['a'] }, 'title', 'invalid-type', /^Title must be text/],
    ['no journal', { journal: '' }, 'journal', 'required', /^Journal is missing/],
    ['no year', { year: undefined }, 'year', 'required', /^Year is missing/],
    ['a year before 1800', { year: 1799 }, 'year', 'out-of-range', /^Year 1799 is not possible/],
    ['a fractional year', { year: 2023.5 }, 'year', 'invalid-type', /^Year must be a whole number/],
    ['a year in words', { year: 'last year' }, 'year', 'invalid-type', /^Year must be a whole number/],
    ['month 0', { month: 0, day: undefined }, 'month', 'out-of-range', /^Month must be a number from 1/],
    ['month 13', { month: 13, day: undefined }, 'month', 'out-of-range', /^Month must be a number from 1/],
    ['a day without a month', { month: undefined, day: 24 }, 'day', 'day-without-month', /^Day is filled in but month is not/],
    ['31 April', { month: 4, day: 31 }, 'day', 'out-of-range', /^Day 31 does not exist: April 2023 has 30 days/],
    ['day 0', { day: 0 }, 'day', 'out-of-range', /^Day must be a number from 1 to 31/],
    ['the issue typed into the volume', { volume: '14(2)' }, 'volume', 'invalid-characters', /^Volume "14\(2\)" contains/],
    ['parentheses typed around the issue', { issue: '(2)' }, 'issue', 'invalid-characters', /^Issue "\(2\)" contains/],
    [
      'pages with a sentence after them',
      { pages: '61-68. Epub 2020' },
      'pages',
      'invalid-characters',
      /^Pages "61-68. Epub 2020" contains/,
    ],
    ['a DOI that is not one', { doi: 'banana' }, 'doi', 'invalid', /is not a DOI/],
    ['a PMCID typed as the PMID', { pmid: 'PMC9999104' }, 'pmid', 'invalid', /looks like a PMCID.*not a PMID/],
    ['a PMID typed as the PMCID', { pmcid: '36911700' }, 'pmcid', 'invalid', /PMCID starts with PMC/],
    ['an Epub date that does not exist', { epubDate: '2024-02-30' }, 'epubDate', 'invalid', /^Epub date "2024-02-30" is not a real date/],
    ['an Epub date in another shape', { epubDate: '10/08/2024' }, 'epubDate', 'invalid', /^Epub date "10\/08\/2024"/],
  ])('%s', (_name, changes, field, code, message) => {
    expect(errorsFor(changes)).toStrictEqual([{ field, code, message: expect.stringMatching(message) }])
  })

  it('reports every problem at once, so the editor can fix them in one go', () => {
    const fields = errorsFor({ authors: [], title: '', journal: '', year: 3000, month: 13, doi: 'x', pmid: 'y', pmcid: 'z' }).map(
      (error) => error.field,
    )
    expect(fields).toStrictEqual(['authors', 'title', 'journal', 'year', 'month', 'doi', 'pmid', 'pmcid'])
  })

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, 'text', [], { authors: [null, {}], year: {}, month: [], day: NaN, doi: 7 }]) {
      const result = validateCitation(input as unknown as Partial<Citation>)
      expect(result.ok).toBe(false)
    }
  })
})
