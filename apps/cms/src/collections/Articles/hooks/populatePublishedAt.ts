import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@clinic/shared-types'

/** The public date is the first publication unless an editor set one on purpose. */
export const populatePublishedAt: CollectionBeforeChangeHook<Article> = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
