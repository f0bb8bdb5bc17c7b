import { articleQuery, relatedArticlesQuery, scopedDisclaimersQuery } from '../../cms/queries'
import type { Article } from '@clinic/shared-types'

import { ensure, notFound, type LoadPage, type PageMeta } from '../../data/pageData'

export function loadArticlePage(slug: string): LoadPage {
  return async (queryClient, cms) => {
    const [article] = await Promise.all([
      ensure(queryClient, articleQuery(cms, slug)),
      ensure(queryClient, scopedDisclaimersQuery(cms)),
    ])
    if (!article) notFound()
    await ensure(queryClient, relatedArticlesQuery(cms, article))
    return articleMeta(article)
  }
}

/** An editor's meta title and description when given, else the article's title and excerpt. */
export function articleMeta(article: Article): PageMeta {
  return {
    title: article.meta?.title || article.title,
    description: article.meta?.description || article.excerpt || undefined,
    kind: 'article',
    subject: { kind: 'article', article },
  }
}

/** What hovering or seeing a link to an article fetches ahead: the article itself. */
export function prefetchArticle(slug: string): LoadPage {
  return async (queryClient, cms) => {
    await queryClient.prefetchQuery(articleQuery(cms, slug))
    return { title: '' }
  }
}
