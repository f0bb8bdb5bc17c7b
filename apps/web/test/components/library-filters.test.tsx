import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { LibraryFilters } from '../../app/components/library/LibraryFilters'
import { Pagination } from '../../app/components/library/Pagination'
import { describeResults } from '../../app/components/library/ResultsSummary'
import type { ConditionSummary } from '../../app/cms/types'
import { libraryHref, readLibraryParams } from '../../app/lib/libraryParams'
import { useSearchParams } from '../../app/router/RouterContext'
import { renderWithRouter } from './renderWithRouter'

const conditions: ConditionSummary[] = [
  { id: 1, name: 'Amyotrophic lateral sclerosis (ALS)', slug: 'als', category: 'neurological' },
  { id: 2, name: 'Knee osteoarthritis', slug: 'knee-osteoarthritis', category: 'orthopaedic' },
]

/** The filters as the library page renders them: from whatever the URL says now. */
function FiltersFromUrl() {
  return <LibraryFilters params={readLibraryParams(useSearchParams())} conditions={conditions} />
}

describe('the library’s address holds its state', () => {
  it('reads words, condition, type and page from the URL, ignoring values it cannot use', () => {
    expect(readLibraryParams(new URLSearchParams('q=%20stem%20cells%20&condition=als&type=research-summary&page=3'))).toEqual({
      q: 'stem cells',
      condition: 'als',
      type: 'research-summary',
      page: 3,
    })
    expect(readLibraryParams(new URLSearchParams('type=opinion&page=-2&condition='))).toEqual({
      q: '',
      condition: undefined,
      type: undefined,
      page: 1,
    })
  })

  it('writes short URLs: defaults are left out', () => {
    expect(libraryHref({ q: '', page: 1 })).toBe('/research')
    expect(libraryHref({ q: 'knee pain', condition: 'knee-osteoarthritis', type: 'condition-guide', page: 2 })).toBe(
      '/research?q=knee+pain&condition=knee-osteoarthritis&type=condition-guide&page=2',
    )
  })
})

describe('the library filters', () => {
  it('show what the URL asks for', () => {
    renderWithRouter(<FiltersFromUrl />, { href: '/research?q=stem&condition=als&type=research-summary&page=2' })
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search words' }).value).toBe('stem')
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Condition' }).value).toBe('als')
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Type of article' }).value).toBe('research-summary')
  })

  it('apply words, condition and type together, back to the first page, leaving out empty fields', async () => {
    const user = userEvent.setup()
    const { currentHref } = renderWithRouter(<FiltersFromUrl />, { href: '/research?type=condition-guide&page=4' })

    await user.type(screen.getByRole('searchbox', { name: 'Search words' }), 'cartilage repair')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Condition' }), 'Knee osteoarthritis')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type of article' }), 'All types')
    expect(currentHref()).toBe('/research?type=condition-guide&page=4') // choosing alone changes nothing
    await user.click(screen.getByRole('button', { name: 'Search' }))

    expect(currentHref()).toBe('/research?q=cartilage+repair&condition=knee-osteoarthritis')
  })

  it('follow the URL when it changes under them (back and forward)', async () => {
    const { router } = renderWithRouter(<FiltersFromUrl />, { href: '/research?q=stem' })
    await act(() => router.navigate('/research?condition=als'))
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search words' }).value).toBe('')
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Condition' }).value).toBe('als')
  })

  it('offer to clear everything only when something is applied', async () => {
    const user = userEvent.setup()
    const { currentHref } = renderWithRouter(<FiltersFromUrl />, { href: '/research?q=stem' })
    await user.click(screen.getByRole('link', { name: 'Clear search and filters' }))
    expect(currentHref()).toBe('/research')
    expect(screen.queryByRole('link', { name: 'Clear search and filters' })).toBeNull()
  })

  it('are a plain GET form to /research, so they work before JavaScript runs', () => {
    renderWithRouter(<FiltersFromUrl />, { href: '/research' })
    const form = screen.getByRole('search', { name: 'Research library' })
    expect(form.getAttribute('method')).toBe('get')
    expect(form.getAttribute('action')).toBe('/research')
    expect(within(form).getByRole('searchbox').getAttribute('name')).toBe('q')
  })
})

describe('paging through results', () => {
  it('links to the first, last, current and neighbouring pages, marking the current one', () => {
    renderWithRouter(<Pagination page={5} totalPages={9} hrefFor={(page) => libraryHref({ q: 'stem', page })} />)
    const nav = screen.getByRole('navigation', { name: 'Pages of results' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual(['Previous page', '1', '4', '5', '6', '9', 'Next page'])
    expect(within(nav).getByRole('link', { name: 'Page 5' }).getAttribute('aria-current')).toBe('page')
    expect(within(nav).getByRole('link', { name: 'Next page' }).getAttribute('href')).toBe('/research?q=stem&page=6')
    expect(within(nav).getByRole('link', { name: 'Page 1' }).getAttribute('href')).toBe('/research?q=stem')
  })

  it('links no further than the last page the search serves, and no Next there', () => {
    // More than 1,000 matches: the CMS's totalPages stops at 1,000 / 10 = 100.
    renderWithRouter(<Pagination page={100} totalPages={100} hrefFor={(page) => libraryHref({ q: 'inflammation', page })} />)
    const nav = screen.getByRole('navigation', { name: 'Pages of results' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual(['Previous page', '1', '99', '100'])
    const pages = links.map((link) => new URL(link.getAttribute('href')!, 'http://site').searchParams.get('page') ?? '1').map(Number)
    expect(Math.max(...pages)).toBe(100)
  })

  it('says "more than" when the CMS counted only up to its cap', () => {
    expect(
      describeResults({
        params: { q: 'inflammation', page: 1 },
        totalDocs: 1000,
        totalDocsIsLowerBound: true,
        totalPages: 100,
        condition: undefined,
      }),
    ).toBe('More than 1,000 articles match “inflammation” · page 1 of 100.')
    expect(
      describeResults({
        params: { q: 'cells', type: 'research-summary', page: 2 },
        totalDocs: 1000,
        totalDocsIsLowerBound: true,
        totalPages: 100,
        condition: conditions[1],
      }),
    ).toBe('More than 1,000 research summaries about Knee osteoarthritis match “cells” · page 2 of 100.')
    // Exactly at the cap is an exact count.
    expect(
      describeResults({
        params: { q: 'cells', page: 1 },
        totalDocs: 1000,
        totalDocsIsLowerBound: false,
        totalPages: 100,
        condition: undefined,
      }),
    ).toBe('1,000 articles match “cells” · page 1 of 100.')
  })

  it('says how many articles match, in words', () => {
    const params = { q: 'stem cells', condition: 'als', type: 'research-summary' as const, page: 2 }
    const condition = conditions[0]
    expect(describeResults({ params, totalDocs: 12, totalPages: 2, condition })).toBe(
      '12 research summaries about Amyotrophic lateral sclerosis (ALS) match “stem cells” · page 2 of 2.',
    )
    expect(describeResults({ params: { q: 'stem', page: 1 }, totalDocs: 1, totalPages: 1, condition: undefined })).toBe(
      '1 article matches “stem”.',
    )
    expect(describeResults({ params: { q: '', page: 1 }, totalDocs: 0, totalPages: 0, condition: undefined })).toBe(
      'No articles are listed.',
    )
    // Counted in words a sentence can carry, for every type.
    expect(describeResults({ params: { q: '', type: 'lifestyle-post', page: 1 }, totalDocs: 1, totalPages: 1, condition: undefined })).toBe(
      '1 living-well post is listed.',
    )
    expect(describeResults({ params: { q: '', type: 'lifestyle-post', page: 1 }, totalDocs: 3, totalPages: 1, condition: undefined })).toBe(
      '3 living-well posts are listed.',
    )
    expect(
      describeResults({ params: { q: '', type: 'condition-guide', page: 1 }, totalDocs: 1, totalPages: 1, condition: undefined }),
    ).toBe('1 condition guide is listed.')
  })
})
