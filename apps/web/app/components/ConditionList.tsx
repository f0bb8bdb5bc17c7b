import type { ConditionSummary } from '../cms/types'
import { Link } from '../router/Link'

interface ConditionListProps {
  conditions: ConditionSummary[]
  headingLevel: 2 | 3
}

export function ConditionList({ conditions, headingLevel }: ConditionListProps) {
  const Heading = `h${headingLevel}` as const
  if (conditions.length === 0) return <p className="empty">No conditions have been published yet.</p>
  return (
    <ul className="condition-list" role="list">
      {conditions
        .filter((condition) => condition.slug)
        .map((condition) => (
          <li key={condition.id} className="condition-list__item">
            <Heading className="condition-list__name">
              <Link to={`/conditions/${condition.slug}`}>{condition.name}</Link>
            </Heading>
            {condition.summary ? <p>{condition.summary}</p> : null}
          </li>
        ))}
    </ul>
  )
}
