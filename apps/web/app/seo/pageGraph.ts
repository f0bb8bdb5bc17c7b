import type { Article, Condition, ReviewerProfile, SiteSetting } from '@clinic/shared-types'

import { breadcrumbList, type Crumb } from './breadcrumbs'
import type { JsonLdNode } from './jsonLd'
import { articleWebPage, conditionWebPage, plainWebPage, type PageContext, reviewerProfilePage } from './medicalWebPage'
import { medicalOrganization } from './organization'

/** What a page is about, as its loader found it: enough to describe the page to search engines. */
export type PageSubject =
  | { kind: 'article'; article: Article }
  | { kind: 'condition'; condition: Condition }
  | { kind: 'reviewer'; profile: ReviewerProfile }
  | { kind: 'collection'; trail: Crumb[] }
  | { kind: 'home' }

export interface PageGraphInput {
  subject: PageSubject
  siteUrl: string
  /** The page's canonical path, "/research/some-slug". */
  path: string
  title: string
  description: string | undefined
  /** Absent when the CMS could not be read: the page then describes itself without its publisher. */
  settings: SiteSetting | undefined
}

const HOME: Crumb = { name: 'Home', path: '/' }
const RESEARCH: Crumb = { name: 'Research', path: '/research' }
const CONDITIONS: Crumb = { name: 'Conditions', path: '/conditions' }

function trailOf(subject: PageSubject, path: string, title: string): Crumb[] {
  switch (subject.kind) {
    case 'article':
      return [HOME, RESEARCH, { name: title, path }]
    case 'condition':
      return [HOME, CONDITIONS, { name: title, path }]
    case 'reviewer':
      return [HOME, { name: title, path }]
    case 'collection':
      return [HOME, ...subject.trail]
    case 'home':
      return []
  }
}

/** The JSON-LD graph of one page: the page itself, its breadcrumb trail and the clinic. */
export function pageGraph({ subject, siteUrl, path, title, description, settings }: PageGraphInput): JsonLdNode[] {
  const pageUrl = `${siteUrl}${path}`
  const trail = trailOf(subject, path, title)
  const context: PageContext = { siteUrl, pageUrl, title, description, hasBreadcrumb: trail.length > 1 }
  const page =
    subject.kind === 'article'
      ? articleWebPage(subject.article, context)
      : subject.kind === 'condition'
        ? conditionWebPage(subject.condition, context)
        : subject.kind === 'reviewer'
          ? reviewerProfilePage(subject.profile, context)
          : plainWebPage(subject.kind === 'home' ? 'WebPage' : 'CollectionPage', context)
  return [
    page,
    ...(trail.length > 1 ? [breadcrumbList(trail, siteUrl, pageUrl)] : []),
    ...(settings ? [medicalOrganization(settings, siteUrl)] : []),
  ]
}
