import type { Article } from '@clinic/shared-types'

import { populated } from '../../lib/relations'
import { Link } from '../../router/Link'

export function ArticleConditions({ article }: { article: Pick<Article, 'conditions'> }) {
  const conditions = populated(article.conditions).filter((condition) => condition.slug)
  if (conditions.length === 0) return null
  return (
    <section aria-labelledby="conditions-heading" className="article-section">
      <h2 id="conditions-heading">Conditions this is about</h2>
      <ul className="tag-list" role="list">
        {conditions.map((condition) => (
          <li key={condition.id}>
            <Link to={`/conditions/${condition.slug}`}>{condition.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
