import type { ArticleSummary } from '../cms/types'
import type { Prefetch } from '../router/usePrefetch'
import { ArticleCard } from './ArticleCard'

interface ArticleListProps {
  articles: ArticleSummary[]
  headingLevel?: 2 | 3
  prefetch?: Prefetch
  /** Said instead of an empty list. */
  emptyMessage: string
}

export function ArticleList({ articles, headingLevel, prefetch, emptyMessage }: ArticleListProps) {
  if (articles.length === 0) return <p className="empty">{emptyMessage}</p>
  return (
    <ul className="article-list" role="list">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} headingLevel={headingLevel} prefetch={prefetch} />
        </li>
      ))}
    </ul>
  )
}
