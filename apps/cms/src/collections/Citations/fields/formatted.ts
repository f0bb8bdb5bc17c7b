import type { FieldHook, TextareaField } from 'payload'

import { formatCitation, validateCitation } from '@clinic/citations'
import type { Citation } from '@clinic/shared-types'

import { toCitation } from '../toCitation'

/** PubMed's own text, rebuilt from the fields; nothing when the stored fields are incomplete. */
const formatNlm: FieldHook<Citation, string | null> = ({ data }) => {
  const result = validateCitation(toCitation(data ?? {}))
  return result.ok ? formatCitation(result.citation, 'nlm') : null
}

/**
 * Computed on every read and never stored (`virtual`), so it can never disagree with the fields
 * it is made from and needs no column.
 */
export const formattedField: TextareaField = {
  name: 'formatted',
  label: 'Formatted (NLM)',
  type: 'textarea',
  virtual: true,
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: 'How PubMed prints this citation, made from its fields each time it is read.',
    // Empty until the citation is saved complete; an empty box would only puzzle.
    condition: (data) => Boolean(data?.formatted),
  },
  hooks: { afterRead: [formatNlm] },
}
