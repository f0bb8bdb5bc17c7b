import type { Article, Citation, Condition, ReviewerProfile } from '@clinic/shared-types'

import { type MedicalReview, medicalReviewOf, reviewerPath } from '../lib/medicalReview'
import { populated } from '../lib/relations'
import { breadcrumbId } from './breadcrumbs'
import { compact, type JsonLdNode } from './jsonLd'
import { organizationId } from './organization'
import { scholarlyArticle } from './scholarlyArticle'

export interface PageContext {
  siteUrl: string
  pageUrl: string
  title: string
  description: string | undefined
  /** Every page but the home page has a trail (a one-item trail is no trail). */
  hasBreadcrumb: boolean
}

const conditionUrl = (siteUrl: string, slug: string) => `${siteUrl}/conditions/${encodeURIComponent(slug)}`

/** The fields every page node shares: where it is, who publishes it, its breadcrumb trail. */
function pageBase({ siteUrl, pageUrl, title, description, hasBreadcrumb }: PageContext) {
  return {
    '@id': pageUrl,
    url: pageUrl,
    name: title,
    description,
    inLanguage: 'en',
    isPartOf: { '@type': 'WebSite', url: `${siteUrl}/` },
    publisher: { '@id': organizationId(siteUrl) },
    breadcrumb: hasBreadcrumb ? { '@id': breadcrumbId(pageUrl) } : undefined,
  }
}

/**
 * An article as a MedicalWebPage: its medical review as the workflow recorded it (lastReviewed,
 * reviewedBy), the conditions it is about, and the paper it summarises as a ScholarlyArticle citation.
 */
export function articleWebPage(article: Article, context: PageContext): JsonLdNode {
  const review = medicalReviewOf(article)
  const citations = populated<Citation>(article.citations)
  const conditions = populated<Condition>(article.conditions)
  return compact({
    '@type': 'MedicalWebPage',
    ...pageBase(context),
    headline: article.title,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    lastReviewed: review?.reviewedAt.slice(0, 10),
    reviewedBy: review ? reviewerPerson(review, context.siteUrl) : undefined,
    about: conditions.map((condition) =>
      compact({
        '@type': 'MedicalCondition',
        name: condition.name,
        url: condition.slug ? conditionUrl(context.siteUrl, condition.slug) : undefined,
      }),
    ),
    citation: citations.map(scholarlyArticle),
  })
}

/** The medical reviewer as a Person: their published profile's name, credentials, specialty and page. */
export function reviewerPerson(review: MedicalReview, siteUrl: string): JsonLdNode {
  const profile = review.profile
  if (!profile) return { '@type': 'Person', name: review.reviewer }
  return compact({
    '@type': 'Person',
    name: profile.displayName,
    honorificSuffix: profile.credentials?.trim() || undefined,
    knowsAbout: profile.specialty?.trim() || undefined,
    url: `${siteUrl}${reviewerPath(profile.slug)}`,
  })
}

/** A condition guide as a MedicalWebPage about that MedicalCondition. */
export function conditionWebPage(condition: Condition, context: PageContext): JsonLdNode {
  return compact({
    '@type': 'MedicalWebPage',
    ...pageBase(context),
    dateModified: condition.updatedAt,
    about: compact({ '@type': 'MedicalCondition', name: condition.name, description: condition.summary }),
  })
}

/** A reviewer's page as a ProfilePage about that Person. */
export function reviewerProfilePage(profile: ReviewerProfile, context: PageContext): JsonLdNode {
  const person = reviewerPerson(
    { reviewer: profile.displayName, reviewedAt: '', profile: { ...profile, slug: profile.slug ?? '' } },
    context.siteUrl,
  )
  return compact({
    '@type': 'ProfilePage',
    ...pageBase(context),
    dateModified: profile.updatedAt,
    mainEntity: compact({ ...person, description: profile.bio?.trim() || undefined }),
  })
}

/** Any other page (home, library, condition list). */
export function plainWebPage(type: 'WebPage' | 'CollectionPage', context: PageContext): JsonLdNode {
  return compact({ '@type': type, ...pageBase(context) })
}
