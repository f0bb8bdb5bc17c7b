import type { Article } from '@clinic/shared-types'

import { CmsNotFoundError } from '../../cms/client'
import { articleQuery, relatedArticlesQuery, scopedDisclaimersQuery } from '../../cms/queries'
import { ensure, notFound, type LoadPage } from '../../data/pageData'
import { articleMeta } from './loadArticlePage'

/**
 * /preview/research/:slug?token=… — an article's latest draft, as its page will look once
 * published. The CMS hands the draft over only for a valid, unexpired token minted for this
 * article; without one this is a 404 like any unknown address.
 */
export function loadArticlePreview(slug: string, token: string): LoadPage {
  return async (queryClient, cms) => {
    if (!token) notFound()
    let draft: Article
    try {
      draft = await cms.get<Article>('/articles/preview', { slug, token })
    } catch (error) {
      if (error instanceof CmsNotFoundError) notFound()
      throw error
    }
    // The article page reads the article from this cache entry: here it holds the draft.
    queryClient.setQueryData(articleQuery(cms, slug).queryKey, draft)
    await Promise.all([ensure(queryClient, scopedDisclaimersQuery(cms)), ensure(queryClient, relatedArticlesQuery(cms, draft))])
    return { ...articleMeta(draft), canonicalPath: `/research/${encodeURIComponent(slug)}`, noindex: true }
  }
}
