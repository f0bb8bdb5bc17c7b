import type { Article } from '@clinic/shared-types'

import { populated } from '../../lib/relations'
import { FormattedCitation } from './FormattedCitation'

/**
 * A research summary's first citation is the paper it summarises: shown on its own as the source,
 * the rest as further reading. Other articles list all their references alike.
 */
export function ArticleCitations({ article }: { article: Pick<Article, 'type' | 'citations'> }) {
  const citations = populated(article.citations)
  const isSummary = article.type === 'research-summary'
  const source = isSummary ? citations[0] : undefined
  const further = isSummary ? citations.slice(1) : citations
  return (
    <>
      {source ? (
        <section aria-labelledby="source-heading" className="article-section">
          <h2 id="source-heading">The research this summary is based on</h2>
          <FormattedCitation citation={source} />
        </section>
      ) : null}
      {further.length > 0 ? (
        <section aria-labelledby="references-heading" className="article-section">
          <h2 id="references-heading">{source ? 'Further reading' : 'References'}</h2>
          <ol className="reference-list">
            {further.map((citation) => (
              <li key={citation.id}>
                <FormattedCitation citation={citation} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  )
}
