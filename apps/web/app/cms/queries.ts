import { queryOptions } from '@tanstack/react-query'

import type { Article, Condition, Disclaimer, ReviewerProfile, SiteSetting } from '@clinic/shared-types'

import { LIBRARY_PAGE_SIZE, type LibraryParams } from '../lib/libraryParams'
import type { CmsClient } from './client'
import type { ArticleSummary, ConditionSummary, LibrarySearchResults, PaginatedDocs } from './types'

/**
 * Every read the site makes, as TanStack Query options. Server loaders, browser loaders and
 * components all use these, so a page rendered on the server hydrates into the same cache entries
 * the browser would have fetched. Keys never include the CMS address: the server and the browser
 * may reach the same CMS by different URLs.
 */

const SUMMARY_FIELDS = {
  'select[title]': true,
  'select[slug]': true,
  'select[type]': true,
  'select[excerpt]': true,
  'select[publishedAt]': true,
  'select[conditions]': true,
  depth: 1,
} as const

const CONDITION_SUMMARY_FIELDS = {
  'select[name]': true,
  'select[slug]': true,
  'select[category]': true,
  'select[summary]': true,
  depth: 0,
} as const

const first = <T>(list: PaginatedDocs<T>): T | null => list.docs[0] ?? null

export const siteSettingsQuery = (cms: CmsClient) =>
  queryOptions({
    queryKey: ['site-settings'],
    queryFn: () => cms.get<SiteSetting>('/globals/site-settings', { depth: 0 }),
  })

/** The one active site-wide disclaimer (the CMS shows visitors only active ones in effect). */
export const siteWideDisclaimerQuery = (cms: CmsClient) =>
  queryOptions({
    queryKey: ['disclaimers', 'site-wide'],
    queryFn: async () =>
      first(
        await cms.get<PaginatedDocs<Disclaimer>>('/disclaimers', {
          'where[scope][equals]': 'site-wide',
          sort: '-effectiveDate',
          limit: 1,
          depth: 0,
        }),
      ),
  })

/** Disclaimers that apply to some articles only: by condition or by article type. */
export const scopedDisclaimersQuery = (cms: CmsClient) =>
  queryOptions({
    queryKey: ['disclaimers', 'scoped'],
    queryFn: async () =>
      (
        await cms.get<PaginatedDocs<Disclaimer>>('/disclaimers', {
          'where[scope][in]': 'condition,article-type',
          limit: 100,
          depth: 0,
        })
      ).docs,
  })

/** The newest research summaries (not condition guides or lifestyle posts), for the home page. */
export const latestResearchQuery = (cms: CmsClient, limit: number) =>
  queryOptions({
    queryKey: ['articles', 'latest-research', limit],
    queryFn: async () =>
      (
        await cms.get<PaginatedDocs<ArticleSummary>>('/articles', {
          ...SUMMARY_FIELDS,
          'where[type][equals]': 'research-summary',
          sort: '-publishedAt',
          limit,
        })
      ).docs,
  })

/** A published article with its citations, conditions and own disclaimers; null when there is none. */
export const articleQuery = (cms: CmsClient, slug: string) =>
  queryOptions({
    queryKey: ['article', slug],
    queryFn: async () => first(await cms.get<PaginatedDocs<Article>>('/articles', { 'where[slug][equals]': slug, limit: 1, depth: 1 })),
  })

/** Other articles about the same conditions, newest first. */
export const relatedArticlesQuery = (cms: CmsClient, article: Pick<Article, 'id' | 'conditions'>) => {
  const conditionIds = (article.conditions ?? []).map((condition) => (typeof condition === 'number' ? condition : condition.id))
  return queryOptions({
    queryKey: ['articles', 'related', article.id, conditionIds],
    queryFn: async () => {
      if (conditionIds.length === 0) return []
      const related = await cms.get<PaginatedDocs<ArticleSummary>>('/articles', {
        ...SUMMARY_FIELDS,
        'where[conditions][in]': conditionIds.join(','),
        'where[id][not_equals]': article.id,
        sort: '-publishedAt',
        limit: 3,
      })
      return related.docs
    },
  })
}

export const conditionsQuery = (cms: CmsClient) =>
  queryOptions({
    queryKey: ['conditions'],
    queryFn: async () =>
      (await cms.get<PaginatedDocs<ConditionSummary>>('/conditions', { ...CONDITION_SUMMARY_FIELDS, sort: 'name', limit: 200 })).docs,
  })

export const conditionQuery = (cms: CmsClient, slug: string) =>
  queryOptions({
    queryKey: ['condition', slug],
    queryFn: async () =>
      first(
        await cms.get<PaginatedDocs<Condition>>('/conditions', {
          'where[slug][equals]': slug,
          // The condition page lists its research through the search endpoint, paged.
          'select[relatedArticles]': false,
          limit: 1,
          depth: 1,
        }),
      ),
  })

/** A medical reviewer's published profile (its photo populated); null when there is none. */
export const reviewerProfileQuery = (cms: CmsClient, slug: string) =>
  queryOptions({
    queryKey: ['reviewer', slug],
    queryFn: async () =>
      first(await cms.get<PaginatedDocs<ReviewerProfile>>('/reviewer-profiles', { 'where[slug][equals]': slug, limit: 1, depth: 1 })),
  })

/** How many of a reviewer's summaries their page lists. */
export const REVIEWED_ARTICLES_COUNT = 12

/** What a reviewer approved as it is published now, newest first. */
export const articlesReviewedByQuery = (cms: CmsClient, profileId: number) =>
  queryOptions({
    queryKey: ['articles', 'reviewed-by', profileId],
    queryFn: () =>
      cms.get<PaginatedDocs<ArticleSummary>>('/articles', {
        ...SUMMARY_FIELDS,
        'where[reviewerProfile][equals]': profileId,
        sort: '-publishedAt',
        limit: REVIEWED_ARTICLES_COUNT,
      }),
  })

/** The research library: full-text search and filters, ranked by the CMS (GET /api/articles/search). */
export const librarySearchQuery = (cms: CmsClient, params: LibraryParams, limit = LIBRARY_PAGE_SIZE) =>
  queryOptions({
    queryKey: ['articles', 'search', { ...params, limit }],
    queryFn: () =>
      cms.get<LibrarySearchResults>('/articles/search', {
        q: params.q,
        condition: params.condition,
        type: params.type,
        page: params.page,
        limit,
      }),
  })
