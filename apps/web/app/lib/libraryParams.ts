import { LIBRARY_SEARCH_LIMITS } from '@clinic/library-search'

import type { ArticleType } from '../cms/types'
import { isArticleType } from './articleTypes'

/** The research library's state, kept in the URL so it can be shared, bookmarked and gone back to. */
export interface LibraryParams {
  q: string
  condition?: string
  type?: ArticleType
  page: number
}

/** The CMS answers within the same limits (and refuses beyond them); here a bad value falls back. */
const { maxQueryLength: MAX_QUERY_LENGTH, maxPage: MAX_PAGE } = LIBRARY_SEARCH_LIMITS
export const LIBRARY_PAGE_SIZE: number = LIBRARY_SEARCH_LIMITS.defaultLimit

/** Reads `/research?q=&condition=&type=&page=`; anything unusable falls back to "no filter" or page 1. */
export function readLibraryParams(search: URLSearchParams): LibraryParams {
  const q = (search.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH)
  const condition = search.get('condition')?.trim() || undefined
  const type = search.get('type')
  const page = Number(search.get('page'))
  return {
    q,
    condition,
    type: isArticleType(type) ? type : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  }
}

/** The library URL for these params, leaving out what is at its default so URLs stay short. */
export function libraryHref(params: Partial<LibraryParams>): string {
  const search = new URLSearchParams()
  if (params.q) search.set('q', params.q)
  if (params.condition) search.set('condition', params.condition)
  if (params.type) search.set('type', params.type)
  if (params.page && params.page > 1) search.set('page', String(params.page))
  const query = search.toString()
  return query ? `/research?${query}` : '/research'
}

export function isFiltered(params: LibraryParams): boolean {
  return params.q !== '' || params.condition !== undefined || params.type !== undefined
}
