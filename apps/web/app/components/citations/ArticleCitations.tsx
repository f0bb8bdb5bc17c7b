import type { Article, Citation } from '@clinic/shared-types'

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
          <RetractionNotice citation={source} />
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2010-02-06" → "on 6 February 2010", "2010-02" → "in February 2010", "2010" → "in 2010"; the source may give any of them. */
export function retractionDateWords(date: string | null | undefined): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date?.trim() ?? '')
  if (!match) return ''
  const [, year, month, day] = match
  const monthName = month ? MONTHS[Number(month) - 1] : undefined
  if (monthName && day) return ` on ${Number(day)} ${monthName} ${year}`
  if (monthName) return ` in ${monthName} ${year}`
  return ` in ${year}`
}

/**
 * The CMS's weekly retraction watch marks a retracted paper (collections/Citations/jobs); visitors
 * must not take a summary of it at face value, so the notice comes before the citation.
 */
function RetractionNotice({ citation }: { citation: Citation }) {
  if (citation.retractionStatus !== 'retracted') return null
  const notices = citation.retractionNotices ?? []
  const notice = notices.find((entry) => entry.kind === 'retraction') ?? notices[0]
  return (
    <p className="retraction-notice" role="note">
      <strong>The paper this summary is based on was retracted{retractionDateWords(notice?.date)}.</strong>{' '}
      {notice ? (
        <a href={notice.url} rel="noopener noreferrer">
          Read the retraction notice
        </a>
      ) : null}
    </p>
  )
}
