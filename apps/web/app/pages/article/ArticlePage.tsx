import { useSuspenseQuery } from '@tanstack/react-query'

import { articleQuery, relatedArticlesQuery, scopedDisclaimersQuery, siteWideDisclaimerQuery } from '../../cms/queries'
import { ArticleByline } from '../../components/article/ArticleByline'
import { ArticleConditions } from '../../components/article/ArticleConditions'
import { ArticleDisclaimers } from '../../components/article/ArticleDisclaimers'
import { ArticleHero } from '../../components/article/ArticleHero'
import { ArticleList } from '../../components/ArticleList'
import { PreviewBanner, type PreviewReviewState } from '../../components/article/PreviewBanner'
import { ArticleCitations } from '../../components/citations/ArticleCitations'
import { RichTextContent } from '../../components/richText/RichTextContent'
import { useCms } from '../../data/CmsContext'
import { ARTICLE_TYPE_NAMES } from '../../lib/articleTypes'
import { libraryHref } from '../../lib/libraryParams'
import { selectDisclaimers } from '../../lib/selectDisclaimers'
import { Link } from '../../router/Link'
import type { PageProps } from '../../router/types'

export default function ArticlePage({ params }: PageProps) {
  const slug = params.slug!
  const cms = useCms()
  // The loader answered 404 before rendering when there is no such article.
  const article = useSuspenseQuery(articleQuery(cms, slug)).data!
  const { data: siteWide } = useSuspenseQuery(siteWideDisclaimerQuery(cms))
  const { data: scoped } = useSuspenseQuery(scopedDisclaimersQuery(cms))
  const { data: related } = useSuspenseQuery(relatedArticlesQuery(cms, article))
  const disclaimers = selectDisclaimers(article, siteWide ? [siteWide, ...scoped] : scoped, new Date())
  // Only a draft read through a preview link carries this (the CMS's preview endpoint adds it).
  const preview = (article as { preview?: PreviewReviewState }).preview

  return (
    <>
      {preview ? <PreviewBanner preview={preview} /> : null}
      <article className="article">
        <header className="article__header">
          <p className="eyebrow">
            <Link to={libraryHref({ type: article.type })}>{ARTICLE_TYPE_NAMES[article.type].one}</Link>
          </p>
          <h1 tabIndex={-1}>{article.title}</h1>
          {article.excerpt ? <p className="lede">{article.excerpt}</p> : null}
          <ArticleByline article={article} />
        </header>
        <ArticleHero image={article.heroImage} />
        <RichTextContent data={article.body} className="prose" />
        <ArticleCitations article={article} />
        <ArticleConditions article={article} />
        <ArticleDisclaimers disclaimers={disclaimers} articleType={article.type} />
      </article>
      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="page-section related">
          <h2 id="related-heading">{related.every((item) => item.type === 'research-summary') ? 'Related research' : 'Related reading'}</h2>
          <ArticleList articles={related} headingLevel={3} prefetch="viewport" emptyMessage="" />
        </section>
      ) : null}
    </>
  )
}
