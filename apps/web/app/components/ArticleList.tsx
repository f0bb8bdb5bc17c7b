import type { ArticleSummary, LibrarySearchResults } from '../cms/types'
import type { Prefetch } from '../router/usePrefetch'
import { ArticleCard } from './ArticleCard'

interface ArticleListProps {
  articles: ArticleSummary[]
  headingLevel?: 2 | 3
  prefetch?: Prefetch
  /** Said instead of an empty list. */
  emptyMessage: string
  /** A library search's match ranges by article id. */
  highlights?: LibrarySearchResults['highlights']
}

export function ArticleList({ articles, headingLevel, prefetch, emptyMessage, highlights }: ArticleListProps) {
  if (articles.length === 0) return <p className="empty">{emptyMessage}</p>
  return (
    <ul className="article-list" role="list">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} headingLevel={headingLevel} prefetch={prefetch} highlights={highlights?.[String(article.id)]} />
        </li>
      ))}
    </ul>
  )
}
