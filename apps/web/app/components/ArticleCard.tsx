import type { ArticleSummary, MatchRange } from '../cms/types'
import { ARTICLE_TYPE_NAMES } from '../lib/articleTypes'
import { formatDate, isoDate } from '../lib/dates'
import { populated } from '../lib/relations'
import { Link } from '../router/Link'
import type { Prefetch } from '../router/usePrefetch'
import { Highlighted } from './Highlighted'

interface ArticleCardProps {
  article: ArticleSummary
  /** The heading level in the page's outline where the card sits. */
  headingLevel?: 2 | 3
  prefetch?: Prefetch
  /** Where a library search's words match the title and excerpt. */
  highlights?: { title: readonly MatchRange[]; excerpt: readonly MatchRange[] }
}

export function ArticleCard({ article, headingLevel = 3, prefetch = 'intent', highlights }: ArticleCardProps) {
  const Heading = `h${headingLevel}` as const
  const published = formatDate(article.publishedAt)
  const conditions = populated(article.conditions)
  if (!article.slug) return null
  return (
    <article className="card">
      <p className="card__kind">{ARTICLE_TYPE_NAMES[article.type].one}</p>
      <Heading className="card__title">
        <Link to={`/research/${article.slug}`} prefetch={prefetch}>
          <Highlighted text={article.title} ranges={highlights?.title} />
        </Link>
      </Heading>
      {article.excerpt ? (
        <p className="card__excerpt">
          <Highlighted text={article.excerpt} ranges={highlights?.excerpt} />
        </p>
      ) : null}
      <p className="card__meta">
        {published && article.publishedAt ? <time dateTime={isoDate(article.publishedAt)}>{published}</time> : null}
        {published && conditions.length > 0 ? ' · ' : null}
        {conditions.length > 0 ? conditions.map((condition) => condition.name).join(', ') : null}
      </p>
    </article>
  )
}
