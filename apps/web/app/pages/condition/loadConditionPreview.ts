import type { Condition } from '@clinic/shared-types'

import { CmsNotFoundError } from '../../cms/client'
import { conditionQuery, librarySearchQuery } from '../../cms/queries'
import { ensure, notFound, type LoadPage } from '../../data/pageData'
import { CONDITION_RESEARCH_COUNT, conditionResearchParams } from './loadConditionPage'

/**
 * /preview/conditions/:slug?token=… — a condition's latest draft, as its page will look once
 * published. The CMS hands the draft over only for a valid, unexpired token minted for this
 * condition; without one this is a 404 like any unknown address.
 */
export function loadConditionPreview(slug: string, token: string): LoadPage {
  return async (queryClient, cms) => {
    if (!token) notFound()
    let draft: Condition
    try {
      draft = await cms.get<Condition>('/conditions/preview', { slug, token })
    } catch (error) {
      if (error instanceof CmsNotFoundError) notFound()
      throw error
    }
    // The condition page reads the condition from this cache entry: here it holds the draft.
    queryClient.setQueryData(conditionQuery(cms, slug).queryKey, draft)
    await ensure(queryClient, librarySearchQuery(cms, conditionResearchParams(slug), CONDITION_RESEARCH_COUNT))
    return {
      title: draft.meta?.title || draft.name,
      description: draft.meta?.description || draft.summary || undefined,
      canonicalPath: `/conditions/${encodeURIComponent(slug)}`,
      noindex: true,
    }
  }
}
