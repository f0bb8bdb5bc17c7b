import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { ArticleCitations, retractionDateWords } from '../../app/components/citations/ArticleCitations'
import { FormattedCitation } from '../../app/components/citations/FormattedCitation'
import { article, kneeCitation, nurownCitation } from './fixtures'
import { renderWithRouter } from './renderWithRouter'

describe('a citation as readers see it', () => {
  it('reads as PubMed cites the paper (NLM), authors to identifiers', () => {
    renderWithRouter(<FormattedCitation citation={nurownCitation} />)
    expect(
      screen.getByText(
        'Berry JD, Cudkowicz ME, Windebank AJ, Staff NP, Owegi M, Nicholson K, McKenna-Yasek D, Levy YS, Abramov N, Kaspi H, Mehra M, Aricha R, Gothelf Y, Brown RH. NurOwn, phase 2, randomized, clinical trial in patients with ALS: Safety, clinical, and biomarker results. Neurology. 2019 Dec 10;93(24):e2294-e2305. doi: 10.1212/wnl.0000000000008620. PMID: 31740545; PMCID: PMC6937497.',
      ),
    ).toBeTruthy()
  })

  it('links to the paper at its DOI, on PubMed and on PubMed Central', () => {
    renderWithRouter(<FormattedCitation citation={nurownCitation} />)
    expect(screen.getByRole('link', { name: /Publisher \(DOI\)/ }).getAttribute('href')).toBe(
      'https://doi.org/10.1212/wnl.0000000000008620',
    )
    expect(screen.getByRole('link', { name: /PubMed PMID 31740545/ }).getAttribute('href')).toBe(
      'https://pubmed.ncbi.nlm.nih.gov/31740545/',
    )
    expect(screen.getByRole('link', { name: /Free full text \(PubMed Central\)/ }).getAttribute('href')).toBe(
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC6937497/',
    )
  })

  it('offers only the links the paper has (no PubMed Central copy, no link to one)', () => {
    renderWithRouter(<FormattedCitation citation={kneeCitation} />)
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      'https://doi.org/10.1097/tp.0000000000000678',
      'https://pubmed.ncbi.nlm.nih.gov/25822648/',
    ])
  })

  it('shows a research summary’s first citation as its source and the others as further reading', () => {
    renderWithRouter(<ArticleCitations article={article({ citations: [nurownCitation, kneeCitation] })} />)
    const source = screen.getByRole('region', { name: 'The research this summary is based on' })
    expect(within(source).getByText(/^Berry JD/)).toBeTruthy()
    const further = screen.getByRole('region', { name: 'Further reading' })
    expect(within(further).getByText(/^Vega A, Martín-Ferrero MA\. Treatment of Knee Osteoarthritis/)).toBeTruthy()
    expect(within(further).queryByText(/^Berry JD/)).toBeNull()
  })

  it('lists every citation of another kind of article as references, none singled out as the source', () => {
    renderWithRouter(<ArticleCitations article={article({ type: 'condition-guide', citations: [nurownCitation, kneeCitation] })} />)
    expect(screen.queryByRole('region', { name: 'The research this summary is based on' })).toBeNull()
    const references = screen.getByRole('region', { name: 'References' })
    expect(references.querySelectorAll(':scope > ol > li')).toHaveLength(2)
  })

  it('shows nothing for a citation the reader may not see (an id instead of the document)', () => {
    const { container } = renderWithRouter(<ArticleCitations article={article({ citations: [99] })} />)
    expect(container.textContent).toBe('')
  })
})

describe('a retracted source paper', () => {
  const retracted = {
    ...nurownCitation,
    retractionStatus: 'retracted' as const,
    retractionNotices: [
      {
        kind: 'expression-of-concern' as const,
        date: '2011-11',
        url: 'https://pubmed.ncbi.nlm.nih.gov/21971344/',
        label: 'Eur J Gastroenterol Hepatol. 2011 Nov;23(11):1082.',
      },
      {
        kind: 'retraction' as const,
        date: '2010-02-06',
        url: 'https://pubmed.ncbi.nlm.nih.gov/20137807/',
        label: 'Lancet. 2010 Feb 6;375(9713):445.',
      },
    ],
  }

  it('is announced above the citation, dated and linked to the retraction notice', () => {
    renderWithRouter(<ArticleCitations article={article({ citations: [retracted, kneeCitation] })} />)
    const source = screen.getByRole('region', { name: 'The research this summary is based on' })
    const notice = within(source).getByRole('note')
    expect(notice.textContent).toBe('The paper this summary is based on was retracted on 6 February 2010. Read the retraction notice')
    expect(within(notice).getByRole('link', { name: 'Read the retraction notice' }).getAttribute('href')).toBe(
      'https://pubmed.ncbi.nlm.nih.gov/20137807/',
    )
  })

  it('is not shown for a corrected paper, nor for a retracted one further down the list', () => {
    renderWithRouter(
      <ArticleCitations article={article({ citations: [{ ...nurownCitation, retractionStatus: 'corrected' as const }, retracted] })} />,
    )
    expect(screen.queryByRole('note')).toBeNull()
  })

  it('words the date as precisely as the source gives it', () => {
    expect(retractionDateWords('2010-02')).toBe(' in February 2010')
    expect(retractionDateWords('2010')).toBe(' in 2010')
    expect(retractionDateWords(null)).toBe('')
  })
})
