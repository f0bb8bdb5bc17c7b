import { articleQuery, relatedArticlesQuery, scopedDisclaimersQuery } from '../../cms/queries'
import type { Article } from '@clinic/shared-types'

import { ensure, notFound, type LoadPage, type PageMeta } from '../../data/pageData'
import { safeHref } from '../../lib/safeHref'

export function loadArticlePage(slug: string): LoadPage {
  return async (queryClient, cms) => {
    const [article] = await Promise.all([ensure(queryClient, articleQuery(cms, slug)), ensure(queryClient, scopedDisclaimersQuery(cms))])
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
    image: heroImage(article),
    subject: { kind: 'article', article },
  }
}

/** The article's hero image for link previews, when it has one the visitor may see. */
function heroImage(article: Article): PageMeta['image'] {
  const image = article.heroImage
  if (!image || typeof image === 'number') return undefined
  const url = safeHref(image.sizes?.hero?.url ?? image.url)
  return url ? { url, alt: image.alt } : undefined
}
