import type { ConditionSummary } from '../../cms/types'
import { ARTICLE_TYPE_NAMES } from '../../lib/articleTypes'
import type { LibraryParams } from '../../lib/libraryParams'

interface ResultsSummaryProps {
  params: LibraryParams
  totalDocs: number
  /** More match than `totalDocs` (the CMS counts up to a cap): "More than 1,000 articles". */
  totalDocsIsLowerBound?: boolean
  totalPages: number
  condition: ConditionSummary | undefined
}

/** "3 research summaries about Stroke match “stem cells” · page 1 of 1", announced when it changes. */
export function describeResults({ params, totalDocs, totalDocsIsLowerBound = false, totalPages, condition }: ResultsSummaryProps): string {
  const nouns = params.type ? ARTICLE_TYPE_NAMES[params.type].counted : { one: 'article', many: 'articles' }
  const count =
    totalDocs === 0
      ? `No ${nouns.many}`
      : totalDocsIsLowerBound
        ? `More than ${totalDocs.toLocaleString('en')} ${nouns.many}`
        : `${totalDocs.toLocaleString('en')} ${totalDocs === 1 ? nouns.one : nouns.many}`
  const about = condition ? ` about ${condition.name}` : ''
  const one = totalDocs === 1 && !totalDocsIsLowerBound
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
