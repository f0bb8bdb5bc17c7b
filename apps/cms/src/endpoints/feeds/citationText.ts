import { formatCitation, validateCitation } from '@clinic/citations'
import type { Citation } from '@clinic/shared-types'

import { toCitation } from '../../collections/Citations/toCitation'

/** The stored citation as PubMed prints it, or nothing if it is not (yet) a valid citation. */
export function citationText(citation: Citation | undefined): string | undefined {
  if (!citation) return undefined
  const checked = validateCitation(toCitation(citation))
  return checked.ok ? formatCitation(checked.citation, 'nlm') : undefined
}
