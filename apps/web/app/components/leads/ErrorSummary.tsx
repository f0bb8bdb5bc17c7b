import { SUBMISSION_FIELDS, type LeadKind } from '@clinic/leads'

import type { FieldErrors } from '../../lib/leadOutcome'
import { fieldId } from './fieldId'

/** Every field to fix, in form order, each linking to its field (the messages also sit beside them). */
export function ErrorSummary({ kind, errors }: { kind: LeadKind; errors: FieldErrors }) {
  const fields = SUBMISSION_FIELDS.filter((field) => errors[field])
  if (fields.length === 0) return null
  return (
    <div className="error-summary" aria-labelledby={`${kind}-error-summary`}>
      <h2 id={`${kind}-error-summary`} className="error-summary__title">
        {fields.length === 1 ? 'Please fix 1 field' : `Please fix ${fields.length} fields`}
      </h2>
      <ul>
        {fields.map((field) => (
          <li key={field}>
            <a href={`#${fieldId(kind, field)}`}>{errors[field]}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
