import { formatCitation } from '@clinic/citations'
import type { Citation } from '@clinic/shared-types'

import { toCitation } from '../../lib/toCitation'
import { CitationLinks } from './CitationLinks'

/** One paper as PubMed cites it (NLM style), followed by links to read it. */
export function FormattedCitation({ citation }: { citation: Citation }) {
  return (
    <div className="citation">
      <p className="citation__text">{formatCitation(toCitation(citation), 'nlm')}</p>
      <CitationLinks citation={citation} />
    </div>
  )
}
