import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { doiUrl, normalizeDoi, pmcUrl, pubmedUrl } from '../src/index'

describe('doiUrl', () => {
  it.each([
    ['a plain DOI', '10.3389/fimmu.2023.1141601', 'https://doi.org/10.3389/fimmu.2023.1141601'],
    ['parentheses and "/" kept as they are', '10.1016/S0140-6736(18)32279-7', 'https://doi.org/10.1016/s0140-6736(18)32279-7'],
    [
      '"<" and ">" encoded, ":" and ";" kept (a real SICI DOI)',
      'doi: 10.1002/(SICI)1097-4636(199612)33:4<217::AID-JBM2>3.0.CO;2-N',
      'https://doi.org/10.1002/(sici)1097-4636(199612)33:4%3C217::aid-jbm2%3E3.0.co;2-n',
    ],
    ['"#", "?" and "%" encoded so they stay part of the DOI', '10.1000/a#b?c%d', 'https://doi.org/10.1000/a%23b%3Fc%25d'],
    ['non-ASCII characters encoded as UTF-8', '10.1000/café', 'https://doi.org/10.1000/caf%C3%A9'],
    ['a pasted URL is not doubled', 'https://doi.org/10.3389/fimmu.2023.1141601', 'https://doi.org/10.3389/fimmu.2023.1141601'],
  ])('%s', (_name, doi, expected) => {
    expect(doiUrl(doi)).toBe(expected)
  })

  it('encodes losslessly, using only characters a URL path allows', () => {
    // Characters a URL treats specially, non-ASCII ones, and the ordinary characters of DOIs.
    const character = fc.oneof(
      fc.constantFrom(
        '(',
        ')',
        '<',
        '>',
        '#',
        '?',
        '%',
        '/',
        ';',
        ':',
        '"',
        '\\',
        '^',
        '`',
        '{',
        '}',
        '|',
        '[',
        ']',
        '+',
        '&',
        '=',
        '@',
        'é',
        '中',
        '😀',
      ),
      fc.stringMatching(/^[a-z0-9.\-_]$/),
    )
    const doi = fc
      .tuple(fc.integer({ min: 1000, max: 99999 }), fc.string({ unit: character, minLength: 1, maxLength: 30 }))
      .map(([registrant, suffix]) => `10.${registrant}/x${suffix}`)
    fc.assert(
      fc.property(doi, (text) => {
        const normalized = normalizeDoi(text)
        fc.pre(normalized.ok)
        const path = doiUrl(text).slice('https://doi.org/'.length)
        expect(path).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/)
        expect(decodeURIComponent(path)).toBe(normalized.ok && normalized.value)
      }),
      { numRuns: 500 },
    )
  })
})

describe('pubmedUrl', () => {
  it.each([
    ['36911700', 'https://pubmed.ncbi.nlm.nih.gov/36911700/'],
    ['PMID: 36911700', 'https://pubmed.ncbi.nlm.nih.gov/36911700/'],
  ])('%s', (pmid, expected) => {
    expect(pubmedUrl(pmid)).toBe(expected)
  })
})

describe('pmcUrl', () => {
  it.each([
    ['PMC9999104', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9999104/'],
    ['pmc 9999104', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9999104/'],
  ])('%s', (pmcid, expected) => {
    expect(pmcUrl(pmcid)).toBe(expected)
  })
})
