import type { Article } from '@clinic/shared-types'

export interface MedicalReview {
  reviewer: string
  reviewedAt: string
}

/**
 * Who medically reviewed the published version and when, as the editorial workflow recorded it on
 * approval. An article without both (approved before the workflow existed) shows no review line
 * rather than half of one.
 */
export function medicalReviewOf(article: Pick<Article, 'reviewerName' | 'reviewedAt'>): MedicalReview | undefined {
  const reviewer = article.reviewerName?.trim()
  if (!reviewer || !article.reviewedAt) return undefined
  return { reviewer, reviewedAt: article.reviewedAt }
}
