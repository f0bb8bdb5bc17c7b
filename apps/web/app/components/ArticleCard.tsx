import type { ArticleSummary } from '../cms/types'
import { ARTICLE_TYPE_NAMES } from '../lib/articleTypes'
import { formatDate, isoDate } from '../lib/dates'
import { populated } from '../lib/relations'
import { Link } from '../router/Link'
import type { Prefetch } from '../router/usePrefetch'

interface ArticleCardProps {
  article: ArticleSummary
  /** The heading level in the page's outline where the card sits. */
  headingLevel?: 2 | 3
  prefetch?: Prefetch
}

export function ArticleCard({ article, headingLevel = 3, prefetch = 'intent' }: ArticleCardProps) {
  const Heading = `h${headingLevel}` as const
  const published = formatDate(article.publishedAt)
  const conditions = populated(article.conditions)
  if (!article.slug) return null
  return (
    <article className="card">
      <p className="card__kind">{ARTICLE_TYPE_NAMES[article.type].one}</p>
      <Heading className="card__title">
        <Link to={`/research/${article.slug}`} prefetch={prefetch}>
          {article.title}
        </Link>
      </Heading>
      {article.excerpt ? <p className="card__excerpt">{article.excerpt}</p> : null}
      <p className="card__meta">
        {published && article.publishedAt ? <time dateTime={isoDate(article.publishedAt)}>{published}</time> : null}
        {published && conditions.length > 0 ? ' · ' : null}
        {conditions.length > 0 ? conditions.map((condition) => condition.name).join(', ') : null}
      </p>
    </article>
  )
}
