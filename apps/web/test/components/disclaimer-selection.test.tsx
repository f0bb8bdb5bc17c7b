import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { ArticleDisclaimers } from '../../app/components/article/ArticleDisclaimers'
import { selectDisclaimers } from '../../app/lib/selectDisclaimers'
import { als, article, disclaimer, stroke } from './fixtures'
import { renderWithRouter } from './renderWithRouter'

const now = new Date('2025-06-01T12:00:00.000Z')
const siteWide = disclaimer({ id: 1, scope: 'site-wide', title: 'Medical disclaimer' })
const forAls = disclaimer({ id: 2, scope: 'condition', conditions: [als.id], title: 'About ALS research' })
const forStroke = disclaimer({ id: 3, scope: 'condition', conditions: [stroke], title: 'About stroke research' })
const forSummaries = disclaimer({ id: 4, scope: 'article-type', articleTypes: ['research-summary'], title: 'About summaries' })
const forGuides = disclaimer({ id: 5, scope: 'article-type', articleTypes: ['condition-guide'], title: 'About guides' })
const all = [forGuides, forSummaries, forStroke, forAls, siteWide]

const titles = (list: { title: string }[]) => list.map((item) => item.title)

describe('which disclaimers apply to an article', () => {
  it('takes the site-wide one, those for the article’s conditions and those for its type, in that order', () => {
    expect(titles(selectDisclaimers(article({ conditions: [als] }), all, now))).toEqual([
      'Medical disclaimer',
      'About ALS research',
      'About summaries',
    ])
  })

  it('matches conditions whether the article or the disclaimer holds them as documents or as ids', () => {
    expect(titles(selectDisclaimers(article({ conditions: [stroke.id], type: 'condition-guide' }), all, now))).toEqual([
      'Medical disclaimer',
      'About stroke research',
      'About guides',
    ])
  })

  it('takes a condition disclaimer once when the article is about several of its conditions', () => {
    const both = disclaimer({ id: 6, scope: 'condition', conditions: [als.id, stroke.id], title: 'Neurological research' })
    expect(titles(selectDisclaimers(article({ conditions: [als, stroke], type: 'lifestyle-post' }), [both], now))).toEqual([
      'Neurological research',
    ])
  })

  it('adds the disclaimers editors attached to the article, without repeating one already chosen', () => {
    const attached = disclaimer({ id: 7, scope: 'article-type', articleTypes: [], title: 'About this trial' })
    const chosen = selectDisclaimers(article({ conditions: [als], disclaimers: [attached, forAls] }), all, now)
    expect(titles(chosen)).toEqual(['Medical disclaimer', 'About ALS research', 'About summaries', 'About this trial'])
  })

  it('leaves out disclaimers that are inactive or not yet in effect', () => {
    const retired = disclaimer({ id: 8, scope: 'site-wide', active: false, title: 'Old disclaimer' })
    const future = disclaimer({
      id: 9,
      scope: 'condition',
      conditions: [als.id],
      effectiveDate: '2025-07-01T00:00:00.000Z',
      title: 'Next month',
    })
    const started = disclaimer({
      id: 10,
      scope: 'condition',
      conditions: [als.id],
      effectiveDate: '2025-05-01T00:00:00.000Z',
      title: 'Since May',
    })
    expect(titles(selectDisclaimers(article({ conditions: [als], type: 'lifestyle-post' }), [retired, future, started], now))).toEqual([
      'Since May',
    ])
  })

  it('ignores attached disclaimers the reader may not see (an id instead of the document)', () => {
    expect(titles(selectDisclaimers(article({ conditions: [], type: 'lifestyle-post', disclaimers: [42] }), [siteWide], now))).toEqual([
      'Medical disclaimer',
    ])
  })
})

describe('the disclaimers at the end of an article', () => {
  it('shows each specific disclaimer with its title and points to the site-wide one in the footer', () => {
    renderWithRouter(<ArticleDisclaimers disclaimers={[siteWide, forAls]} />)
    expect(screen.getByRole('heading', { level: 2, name: 'Before you act on this' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 3, name: 'About ALS research' })).toBeTruthy()
    expect(screen.getByText('Body of disclaimer 2.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'medical disclaimer' }).getAttribute('href')).toBe('#site-disclaimer')
    expect(screen.queryByText('Body of disclaimer 1.')).toBeNull()
  })

  it('names the kind of article it ends: a lifestyle post is a post, not a summary', () => {
    const { container } = renderWithRouter(<ArticleDisclaimers disclaimers={[siteWide]} articleType="lifestyle-post" />)
    expect(container.textContent).toContain('this post is information, not medical advice for you.')
    expect(container.textContent).not.toContain('summary')
  })

  it('shows nothing when no disclaimer applies', () => {
    const { container } = renderWithRouter(<ArticleDisclaimers disclaimers={[]} />)
    expect(container.textContent).toBe('')
  })
})
