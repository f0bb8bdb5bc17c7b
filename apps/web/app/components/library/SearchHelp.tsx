import { useSuspenseQuery } from '@tanstack/react-query'

import { latestResearchQuery } from '../../cms/queries'
import type { ConditionSummary, LibrarySearchResults } from '../../cms/types'
import { useCms } from '../../data/CmsContext'
import { libraryHref, type LibraryParams } from '../../lib/libraryParams'
import { Link } from '../../router/Link'
import { ArticleList } from '../ArticleList'

/** How many of the newest summaries a search that found nothing offers instead. */
export const NEWEST_ON_NO_RESULTS = 3

/** "Did you mean …": the query respelled from published words, as a link to that search. */
export function DidYouMean({ params, suggestion }: { params: LibraryParams; suggestion: string | null }) {
  if (!suggestion) return null
  return (
    <p className="did-you-mean">
      Did you mean{' '}
      <Link to={libraryHref({ ...params, q: suggestion, page: 1 })}>
        <strong>{suggestion}</strong>
      </Link>
      ?
    </p>
  )
}

/** The condition pages a query names (by name or alias), offered before the articles. */
export function NamedConditions({ conditions }: { conditions: LibrarySearchResults['conditions'] }) {
  if (conditions.length === 0) return null
  return (
    <ul className="named-conditions" role="list" aria-label="Conditions">
      {conditions.map((condition) => (
        <li key={condition.id} className="card card--condition">
          <p className="card__kind">Condition</p>
          <h3 className="card__title">
            <Link to={`/conditions/${condition.slug}`}>{condition.name}</Link>
          </h3>
          {condition.summary ? <p className="card__excerpt">{condition.summary}</p> : null}
        </li>
      ))}
    </ul>
  )
}

/** Instead of a dead end: the conditions the library covers and its newest research. */
export function NoResultsHelp({ conditions }: { conditions: ConditionSummary[] }) {
  const cms = useCms()
  const { data: newest } = useSuspenseQuery(latestResearchQuery(cms, NEWEST_ON_NO_RESULTS))
  return (
    <div className="no-results">
      <h3>Browse by condition</h3>
      <ul className="no-results__conditions" role="list">
        {conditions.map((condition) => (
          <li key={condition.id}>
            <Link to={`/conditions/${condition.slug}`}>{condition.name}</Link>
          </li>
        ))}
      </ul>
      <h3>Newest research</h3>
      <ArticleList articles={newest} headingLevel={3} emptyMessage="No research is published yet." />
    </div>
  )
}
