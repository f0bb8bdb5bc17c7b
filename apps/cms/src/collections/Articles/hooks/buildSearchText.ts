import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@clinic/shared-types'

import { citedPapers } from '../search/citedPapers'
import { searchTextOf } from '../search/searchTextOf'

/**
 * Keeps `searchText` in step with what the article says and cites. Runs on every save: a draft's
 * text reaches the searchable main table only when it is published, because Payload writes drafts
 * to the versions table alone.
 */
export const buildSearchText: CollectionBeforeChangeHook<Article> = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const papers = await citedPapers(req, merged.citations)
  return { ...data, searchText: searchTextOf(merged, papers) }
}
