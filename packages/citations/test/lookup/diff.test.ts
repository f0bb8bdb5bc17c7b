import { describe, expect, it } from 'vitest'
import type { Citation } from '../../src/index'
import { diffCitation } from '../../src/lookup/index'

const lookedUp: Partial<Citation> = {
  authors: ['Ritz NL', 'Brocka M'],
  title: 'Social anxiety disorder-associated gut microbiota increases social fear',
  journal: 'Proc Natl Acad Sci U S A',
  year: 2024,
  month: 1,
  day: 2,
  volume: '121',
  issue: '1',
  pages: 'e2308706120',
  doi: '10.1073/pnas.2308706120',
  pmid: '38147649',
  pmcid: 'PMC10769841',
}

describe('diffCitation', () => {
  it('finds nothing when only spelling differs: spaces, case of identifiers, a closing full stop, DOI links', () => {
    const pasted: Partial<Citation> = {
      ...lookedUp,
      authors: ['Ritz  NL', 'Brocka M'],
      title: 'Social anxiety disorder-associated gut microbiota increases social fear.',
      journal: 'Proc. Natl. Acad. Sci. U S A',
      doi: 'https://doi.org/10.1073/PNAS.2308706120',
      pmid: 'PMID: 38147649',
      pmcid: 'pmc10769841',
    }
    expect(diffCitation(pasted, lookedUp)).toStrictEqual([])
  })

  it('lists each disagreement, in citation order, with both values', () => {
    const pasted: Partial<Citation> = { ...lookedUp, authors: ['Ritz NL'], year: 2023, pages: '1-10' }
    expect(diffCitation(pasted, lookedUp)).toStrictEqual([
      { field: 'authors', kind: 'differs', pasted: ['Ritz NL'], lookedUp: ['Ritz NL', 'Brocka M'] },
      { field: 'year', kind: 'differs', pasted: 2023, lookedUp: 2024 },
      { field: 'pages', kind: 'differs', pasted: '1-10', lookedUp: 'e2308706120' },
    ])
  })

  it('tells fields only one side has', () => {
    const { pmcid: _pmcid, ...withoutPmcid } = lookedUp
    expect(diffCitation(withoutPmcid, { ...lookedUp, pmcid: 'PMC10769841' })).toStrictEqual([
      { field: 'pmcid', kind: 'only-looked-up', lookedUp: 'PMC10769841' },
    ])
    expect(diffCitation({ ...lookedUp, epubDate: '2023-12-26' }, lookedUp)).toStrictEqual([
      { field: 'epubDate', kind: 'only-pasted', pasted: '2023-12-26' },
    ])
  })
})
