import type { ConditionSummary } from '../../cms/types'
import { ARTICLE_TYPE_NAMES } from '../../lib/articleTypes'
import type { LibraryParams } from '../../lib/libraryParams'

interface ResultsSummaryProps {
  params: LibraryParams
  totalDocs: number
  totalPages: number
  condition: ConditionSummary | undefined
}

/** "3 research summaries about Stroke match “stem cells” · page 1 of 1", announced when it changes. */
export function describeResults({ params, totalDocs, totalPages, condition }: ResultsSummaryProps): string {
  const nouns = params.type ? ARTICLE_TYPE_NAMES[params.type].counted : { one: 'article', many: 'articles' }
  const count = totalDocs === 0 ? `No ${nouns.many}` : `${totalDocs} ${totalDocs === 1 ? nouns.one : nouns.many}`
  const about = condition ? ` about ${condition.name}` : ''
  const one = totalDocs === 1
  const matching = params.q ? ` ${one ? 'matches' : 'match'} “${params.q}”` : one ? ' is listed' : ' are listed'
  const paging = totalPages > 1 ? ` · page ${params.page} of ${totalPages}` : ''
  return `${count}${about}${matching}${paging}.`
}

export function ResultsSummary(props: ResultsSummaryProps) {
  return (
    <p role="status" className="results-summary">
      {describeResults(props)}
    </p>
  )
}
