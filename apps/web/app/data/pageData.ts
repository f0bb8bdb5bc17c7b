import type { EnsureQueryDataOptions, QueryClient, QueryKey } from '@tanstack/react-query'

import type { CmsClient } from '../cms/client'
import type { PageSubject } from '../seo/pageGraph'

/** What a page tells search engines and link previews about itself. */
export interface PageMeta {
  title: string
  description?: string
  /** Open Graph type: "article" for an article page. */
  kind?: 'article' | 'website'
  /** What the page is about, for its structured data (JSON-LD), built on the server only. */
  subject?: PageSubject
  /** The page's own address when it is not just its pathname (the library's filters). */
  canonicalPath?: string
  /** The picture link previews show (an article's hero image); absent, the site's share card. */
  image?: { url: string; alt: string }
  /** Pages that must never be indexed (previews of drafts), whatever their status. */
  noindex?: boolean
}

/**
 * Fills the query cache with what a page needs, or throws `NotFoundError`; returns the page's meta.
 * The same function runs on the server before rendering (then the cache is dehydrated into the
 * HTML), in the browser before a client-side navigation, and ahead of time when a link is hovered.
 */
export type LoadPage = (queryClient: QueryClient, cms: CmsClient) => Promise<PageMeta>

/** The page asked for does not exist (or is not published): the answer is a real 404. */
export class NotFoundError extends Error {
  override name = 'NotFoundError'
}

export function notFound(): never {
  throw new NotFoundError('No such page.')
}

/** Reads an entry from the cache, fetching it when missing and refreshing it in the background when stale. */
export function ensure<TData, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: EnsureQueryDataOptions<TData, Error, TData, TKey>,
): Promise<TData> {
  return queryClient.ensureQueryData({ ...options, revalidateIfStale: true })
}
