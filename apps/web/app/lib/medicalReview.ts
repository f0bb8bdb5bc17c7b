import type { Article, ReviewerProfile } from '@clinic/shared-types'

/** What the site shows of a reviewer's published profile (the CMS's default population). */
export type ReviewerCard = Pick<ReviewerProfile, 'id' | 'displayName' | 'credentials' | 'specialty' | 'slug'>

export interface MedicalReview {
  /** The reviewer as visitors see them: "Dr. Ada Lung, MD, PhD" from the profile, else the recorded name. */
  reviewer: string
  reviewedAt: string
  /** The reviewer's published profile, when the workflow linked one. */
  profile?: ReviewerCard & { slug: string }
}

/**
 * Who medically reviewed the published version and when, as the editorial workflow recorded it on
 * approval. An article without both (approved before the workflow existed) shows no review line
 * rather than half of one.
 */
export function medicalReviewOf(article: Pick<Article, 'reviewerName' | 'reviewedAt' | 'reviewerProfile'>): MedicalReview | undefined {
  const recorded = article.reviewerName?.trim()
  if (!recorded || !article.reviewedAt) return undefined
  const profile =
    typeof article.reviewerProfile === 'object' && article.reviewerProfile?.slug
      ? (article.reviewerProfile as ReviewerCard & { slug: string })
      : undefined
  return { reviewer: profile ? reviewerTitle(profile) : recorded, reviewedAt: article.reviewedAt, profile }
}

/** "Dr. Ada Lung, MD, PhD" */
export function reviewerTitle(profile: Pick<ReviewerProfile, 'displayName' | 'credentials'>): string {
  const credentials = profile.credentials?.trim()
  return credentials ? `${profile.displayName}, ${credentials}` : profile.displayName
}

export const reviewerPath = (slug: string) => `/reviewers/${encodeURIComponent(slug)}`
