import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { ArticleByline } from '../../app/components/article/ArticleByline'
import { article } from './fixtures'
import { renderWithRouter } from './renderWithRouter'

describe('the article byline', () => {
  it('says who medically reviewed the article and on which day, as the workflow recorded it', () => {
    renderWithRouter(<ArticleByline article={article({ reviewerName: 'Dr. Elena Marsh', reviewedAt: '2025-02-28T16:30:00.000Z' })} />)
    expect(screen.getByText('Published', { exact: false }).textContent).toBe('Published March 4, 2025')
    const review = screen.getByText(/Medically reviewed by/)
    expect(review.textContent).toBe('Medically reviewed by Dr. Elena Marsh on February 28, 2025')
    expect(review.querySelector('time')?.getAttribute('dateTime')).toBe('2025-02-28')
  })

  it('links the reviewer to their published profile, with their credentials', () => {
    const profile = { id: 4, displayName: 'Dr. Ada Lung', credentials: 'MD, PhD', specialty: 'Pulmonology', slug: 'dr-ada-lung' }
    renderWithRouter(
      <ArticleByline
        article={article({
          reviewerName: 'Ada Lung (account name)',
          reviewedAt: '2025-02-28T16:30:00.000Z',
          reviewerProfile: profile as never,
        })}
      />,
    )
    const review = screen.getByText(/Medically reviewed by/)
    expect(review.textContent).toBe('Medically reviewed by Dr. Ada Lung, MD, PhD on February 28, 2025')
    expect(screen.getByRole('link', { name: 'Dr. Ada Lung, MD, PhD' }).getAttribute('href')).toBe('/reviewers/dr-ada-lung')
  })

  it('says nothing about a review the workflow has not recorded in full', () => {
    renderWithRouter(<ArticleByline article={article({ reviewerName: 'Dr. Elena Marsh', reviewedAt: null })} />)
    expect(screen.queryByText(/Medically reviewed/)).toBeNull()
  })
})
