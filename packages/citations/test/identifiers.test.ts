import { describe, expect, it } from 'vitest'
import { dedupeKeys, doiUrl, normalizeDoi, normalizePmcid, normalizePmid } from '../src/index'

describe('normalizeDoi', () => {
  it.each([
    ['10.3389/fimmu.2023.1141601', '10.3389/fimmu.2023.1141601'],
    ['https://doi.org/10.3389/fimmu.2023.1141601', '10.3389/fimmu.2023.1141601'],
    ['http://dx.doi.org/10.1016/S0140-6736(18)32279-7', '10.1016/s0140-6736(18)32279-7'],
    ['doi.org/10.1000/xyz123', '10.1000/xyz123'],
    ['https://doi.org/10.1016/S0140-6736%2818%2932279-7', '10.1016/s0140-6736(18)32279-7'],
    ['doi:10.1186/s13018-023-04131-7', '10.1186/s13018-023-04131-7'],
    ['DOI: 10.1186/S13018-023-04131-7', '10.1186/s13018-023-04131-7'],
    ['doi 10.1000/xyz123', '10.1000/xyz123'],
    ['  doi:\u00a010.1000/xyz123.  ', '10.1000/xyz123'],
    ['(doi: 10.1000/xyz123)', '10.1000/xyz123'],
    ['10.1016/S0140-6736(18)32279-7.', '10.1016/s0140-6736(18)32279-7'],
    ['10.1002/(SICI)1097-4636(199612)33:4<217::AID-JBM2>3.0.CO;2-N', '10.1002/(sici)1097-4636(199612)33:4<217::aid-jbm2>3.0.co;2-n'],
    ['10.1000.10/abc', '10.1000.10/abc'],
  ])('accepts %j as %j', (input, expected) => {
    expect(normalizeDoi(input)).toStrictEqual({ ok: true, value: expected })
  })

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['banana', /not a DOI/],
    ['10.1000', /not a DOI/],
    ['10.1000/', /not a DOI/],
    ['10/1000/abc', /not a DOI/],
    ['11.1000/abc', /not a DOI/],
    ['10.12/abc', /not a DOI/],
    ['10.1000/ab c', /contains a space/],
    ['https://example.com/10.1000/abc', /not a DOI/],
    ['PMID: 36911700', /not a DOI/],
    ['x'.repeat(3000), /too long/],
  ])('rejects %j, saying why', (input, reason) => {
    const result = normalizeDoi(input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message).toMatch(reason)
      expect(result.message).toContain('DOI')
    }
  })
})

describe('normalizePmid', () => {
  it.each([
    ['36911700', '36911700'],
    ['PMID: 36911700', '36911700'],
    ['PMID:36911700', '36911700'],
    ['pmid 36911700', '36911700'],
    [' 36911700. ', '36911700'],
    ['(PMID: 36911700)', '36911700'],
    ['https://pubmed.ncbi.nlm.nih.gov/36911700/', '36911700'],
    ['pubmed.ncbi.nlm.nih.gov/36911700', '36911700'],
    ['https://pubmed.ncbi.nlm.nih.gov/36911700/?from_single_result=x#abstract', '36911700'],
    ['https://www.ncbi.nlm.nih.gov/pubmed/36911700', '36911700'],
    ['0036911700', '36911700'],
  ])('accepts %j as %j', (input, expected) => {
    expect(normalizePmid(input)).toStrictEqual({ ok: true, value: expected })
  })

  it.each([
    ['', /empty/],
    ['abc', /not a PMID/],
    ['PMC9999104', /looks like a PMCID/],
    ['10.3389/fimmu.2023.1141601', /looks like a DOI/],
    ['1234567890', /not a PMID/],
    ['0', /cannot be zero/],
    ['-5', /not a PMID/],
    ['12 34', /not a PMID/],
    ['https://pubmed.ncbi.nlm.nih.gov/', /not a PMID/],
  ])('rejects %j, saying why', (input, reason) => {
    const result = normalizePmid(input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message).toMatch(reason)
      expect(result.message).toMatch(/PMC?ID/)
    }
  })
})

describe('normalizePmcid', () => {
  it.each([
    ['PMC9999104', 'PMC9999104'],
    ['pmc9999104', 'PMC9999104'],
    ['PMC 9999104', 'PMC9999104'],
    ['pmcid: PMC9999104', 'PMC9999104'],
    ['PMCID:PMC9999104.', 'PMC9999104'],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC9999104/', 'PMC9999104'],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9999104/', 'PMC9999104'],
    ['https://europepmc.org/article/PMC/PMC9999104', 'PMC9999104'],
  ])('accepts %j as %j', (input, expected) => {
    expect(normalizePmcid(input)).toStrictEqual({ ok: true, value: expected })
  })

  it.each([
    ['9999104', /bare number/],
    ['', /empty/],
    ['PMC', /not a PMCID/],
    ['PMCabc', /not a PMCID/],
    ['PMID: 36911700', /not a PMCID/],
    ['PMC0', /cannot be PMC0/],
  ])('rejects %j, saying why', (input, reason) => {
    const result = normalizePmcid(input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message).toMatch(reason)
      expect(result.message).toContain('PMC')
    }
  })
})

describe('dedupeKeys', () => {
  it('gives the same keys however the identifiers were pasted', () => {
    const typed = dedupeKeys({ doi: 'https://doi.org/10.3389/FIMMU.2023.1141601', pmid: 'PMID: 36911700' })
    const pasted = dedupeKeys({ doi: 'doi: 10.3389/fimmu.2023.1141601.', pmid: '36911700' })
    expect(typed).toStrictEqual({ doi: '10.3389/fimmu.2023.1141601', pmid: '36911700' })
    expect(pasted).toStrictEqual(typed)
  })

  it('gives no key for a missing or invalid identifier, so nothing matches by accident', () => {
    expect(dedupeKeys({})).toStrictEqual({})
    expect(dedupeKeys({ doi: 'banana', pmid: 'PMC123' })).toStrictEqual({})
    expect(dedupeKeys({ doi: '10.1000/abc', pmid: '' })).toStrictEqual({ doi: '10.1000/abc' })
  })

  it('ignores the PMCID and every other field', () => {
    expect(dedupeKeys({ pmcid: 'PMC9999104', title: 'A title', year: 2023 })).toStrictEqual({})
  })
})

/**
 * Old SICI DOIs as pages print them, percent-encoded: from a CRAN review thread (search index file
 * 42498836531) and a markdown list of PMIDs with DOI links (search index file 66844436381).
 */
describe('normalizeDoi decodes the escapes pages put in old SICI DOIs', () => {
  it.each([
    [
      '10.1002/(SICI)1097-0258(19980530)17:10%3C1103::AID-SIM793%3E3.0.CO;2-9',
      '10.1002/(sici)1097-0258(19980530)17:10<1103::aid-sim793>3.0.co;2-9',
    ],
    [
      'doi: 10.1002/(sici)1097-0142(19970515)79:10%3C1903::aid-cncr10%3E3.0.co;2-z.',
      '10.1002/(sici)1097-0142(19970515)79:10<1903::aid-cncr10>3.0.co;2-z',
    ],
    [
      'https://doi.org/10.1002/1097-0142(197601)37:1%3C300::aid-cncr2820370140%3E3.0.co;2-#',
      '10.1002/1097-0142(197601)37:1<300::aid-cncr2820370140>3.0.co;2-#',
    ],
    [
      '10.1002/1097-0142(197601)37:1%3c300::aid-cncr2820370140%3e3.0.co%3B2-%23',
      '10.1002/1097-0142(197601)37:1<300::aid-cncr2820370140>3.0.co;2-#',
    ],
  ])('%s', (input, expected) => {
    expect(normalizeDoi(input)).toStrictEqual({ ok: true, value: expected })
  })

  it('stores the DOI decoded, so the doi.org link encodes it once, not twice', () => {
    const encoded = '10.1002/(SICI)1097-0258(19980530)17:10%3C1103::AID-SIM793%3E3.0.CO;2-9'
    expect(doiUrl(encoded)).toBe('https://doi.org/10.1002/(sici)1097-0258(19980530)17:10%3C1103::aid-sim793%3E3.0.co;2-9')
    expect(doiUrl(encoded)).toBe(doiUrl('10.1002/(SICI)1097-0258(19980530)17:10<1103::AID-SIM793>3.0.CO;2-9'))
  })

  it('keeps a percent sign that is not one of those escapes', () => {
    expect(normalizeDoi('10.1000/100%25')).toStrictEqual({ ok: true, value: '10.1000/100%25' })
  })
})
