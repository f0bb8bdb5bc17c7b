import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MAX_CITATION_LENGTH, parseCitation } from '../src/index'

const xiaLine =
  'Xia Y, Zhu J, Yang R, Wang H, Li Y, Fu C. Mesenchymal stem cells in the treatment of spinal cord injury: Mechanisms, current advances and future challenges. Front Immunol. 2023 Feb 24;14:1141601. doi: 10.3389/fimmu.2023.1141601. PMID: 36911700; PMCID: PMC9999104.'

function errorsOf(text: string) {
  const result = parseCitation(text)
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.citation)}`)
  return result.errors.map(({ field, code }) => ({ field, code }))
}

describe('parseCitation refuses what is not a citation, saying why', () => {
  it.each([
    ['nothing', ''],
    ['only spaces, line breaks and control characters', ' \n\t\u0000\u00a0\u200b '],
    ['only the "Source:" lead-in', 'Source: '],
  ])('%s: empty', (_name, text) => {
    expect(errorsOf(text)).toStrictEqual([{ field: null, code: 'empty' }])
  })

  it('text over the length limit', () => {
    expect(errorsOf('a'.repeat(MAX_CITATION_LENGTH + 1))).toStrictEqual([{ field: null, code: 'too-long' }])
    expect(parseCitation(xiaLine + ' '.repeat(MAX_CITATION_LENGTH - xiaLine.length)).ok).toBe(true)
  })

  it('something that is not text at all', () => {
    expect(errorsOf(null as unknown as string)).toStrictEqual([{ field: null, code: 'not-text' }])
  })

  it("prose with no journal and date, such as the site's own disclaimer", () => {
    const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
    const disclaimer = readFileSync(resolve(repoRoot, '..', 'shared/legacy-site/current-site-1.txt'), 'utf8')
      .split(/\r?\n/)
      .find((line) => line.startsWith('This website and its contents'))
    expect(disclaimer).toBeDefined()
    expect(errorsOf(disclaimer!)).toStrictEqual([{ field: null, code: 'not-a-pubmed-citation' }])
  })

  it('only the journal and date (the header of a PubMed abstract page): authors and title are missing', () => {
    expect(errorsOf('Front Immunol. 2023 Feb 24;14:1141601. doi: 10.3389/fimmu.2023.1141601. eCollection 2023.')).toStrictEqual([
      { field: 'authors', code: 'required' },
      { field: 'title', code: 'required' },
    ])
  })

  it('"[No authors listed]": a citation needs an author', () => {
    expect(
      errorsOf('[No authors listed]. Stem cells on trial. Nature. 2020 Jan;577(7788):5. doi: 10.1038/d41586-019-03934-2. PMID: 31894154.'),
    ).toStrictEqual([{ field: 'authors', code: 'required' }])
  })

  it.each([
    ['a day that does not exist', xiaLine.replace('Feb 24', 'Feb 30'), 'day'],
    ['a year before 1800', xiaLine.replace('2023 Feb 24', '1750 Feb 24'), 'year'],
    ['a DOI that is not one', xiaLine.replace('doi: 10.3389/fimmu.2023.1141601', 'doi: fimmu.2023.1141601'), 'doi'],
    ['a PMID that is not one', xiaLine.replace('PMID: 36911700', 'PMID: 3691170012'), 'pmid'],
    ['an Epub date that does not exist', xiaLine.replace('PMID', 'Epub 2023 Feb 31. PMID'), 'epubDate'],
  ] as const)('a field that is wrong in the citation itself: %s', (_name, text, field) => {
    expect(errorsOf(text).map((error) => error.field)).toStrictEqual([field])
  })
})

describe('parseCitation reads what it can and warns about the rest', () => {
  it('text after the citation is ignored with a warning that quotes it', () => {
    const result = parseCitation(`${xiaLine} Read the full paper on the journal's website.`)
    expect(result.ok && result.citation.pmid).toBe('36911700')
    expect(result.ok && result.warnings).toStrictEqual([
      { field: null, code: 'ignored-text', message: expect.stringContaining('"Read the full paper') },
    ])
  })

  it('two citations pasted together: the first is read, the second reported and not mixed in', () => {
    const second =
      'Yuan X, Sun L. Stem Cell Therapy in Lupus. Rheumatol Immunol Res. 2022 Jul 6;3(2):61-68. doi: 10.2478/rir-2022-0011. PMID: 36465325; PMCID: PMC9524813.'
    const result = parseCitation(`${xiaLine} ${second}`)
    if (!result.ok) expect.fail(JSON.stringify(result.errors))
    expect(result.citation).toMatchObject({
      journal: 'Front Immunol',
      doi: '10.3389/fimmu.2023.1141601',
      pmid: '36911700',
      pmcid: 'PMC9999104',
    })
    expect(result.warnings.map((warning) => warning.code)).toStrictEqual([
      'ignored-text',
      'ignored-text',
      'ignored-text',
      'ignored-text',
      'second-doi-ignored',
      'second-pmid-ignored',
      'second-pmcid-ignored',
    ])
  })

  it.each([
    ['Retraction in', 'retraction-notice', /has been retracted and should not be cited/],
    ['Partial retraction in', 'retraction-notice', /has been retracted/],
    ['Expression of concern in', 'expression-of-concern', /doubts its findings/],
    ['Comment in', 'note-ignored', /^Ignored the "Comment in:" note/],
  ])('a "%s:" note gets its own warning, and its citation is not read as this paper\'s', (label, code, message) => {
    const result = parseCitation(
      xiaLine.replace('PMID', `${label}: Front Immunol. 2024 Jan 5;15:1234567. doi: 10.3389/fimmu.2024.1234567. PMID`),
    )
    expect(result.ok && result.citation).toMatchObject({ year: 2023, volume: '14', pages: '1141601', doi: '10.3389/fimmu.2023.1141601' })
    expect(result.ok && result.warnings).toStrictEqual([{ field: null, code, message: expect.stringMatching(message) }])
  })

  it('an Epub date it cannot read is left out with a warning', () => {
    const result = parseCitation(xiaLine.replace('PMID', 'Epub sometime in spring. PMID'))
    expect(result.ok && result.citation.epubDate).toBeUndefined()
    expect(result.ok && result.warnings.map((warning) => warning.code)).toStrictEqual(['unreadable-epub-date'])
  })

  it('warnings name their field, or null when they are about the text as a whole', () => {
    const result = parseCitation(
      'Xia Y, et al. [Stem cells]. Front Immunol. 2020 Winter;14:1. Erratum in: Front Immunol. 2021;1:2. PMID: 1.',
    )
    expect(result.ok && result.warnings.map(({ field, code }) => ({ field, code }))).toStrictEqual([
      { field: 'authors', code: 'authors-truncated' },
      { field: 'title', code: 'translated-title' },
      { field: 'month', code: 'season-date' },
      { field: null, code: 'note-ignored' },
      { field: 'doi', code: 'missing-doi' },
      { field: 'pmcid', code: 'missing-pmcid' },
    ])
  })
})
