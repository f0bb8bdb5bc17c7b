import type { LeadKind } from '@clinic/leads'

import type { ConditionSummary } from '../../cms/types'
import { describedBy } from './describedBy'
import { FieldError } from './FieldError'
import { errorId, fieldId } from './fieldId'

interface ConditionSelectProps {
  kind: LeadKind
  conditions: ConditionSummary[]
  error: string | undefined
  /** A condition's slug to start with (a condition page can link here with `?condition=`). */
  defaultSlug?: string
}

/** The conditions the clinic writes about, from the CMS; the CMS accepts a condition's slug. */
export function ConditionSelect({ kind, conditions, error, defaultSlug }: ConditionSelectProps) {
  const id = fieldId(kind, 'condition')
  const known = conditions.some((condition) => condition.slug === defaultSlug)
  return (
    <div className={error ? 'form-field form-field--invalid' : 'form-field'}>
      <label htmlFor={id}>Condition you would like information about</label>
      <FieldError id={errorId(kind, 'condition')} message={error} />
      <select
        id={id}
        name="condition"
        required
        defaultValue={known ? defaultSlug : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId(kind, 'condition'))}
      >
        <option value="">Choose a condition</option>
        {conditions.map((condition) =>
          condition.slug ? (
            <option key={condition.id} value={condition.slug}>
              {condition.name}
            </option>
          ) : null,
        )}
      </select>
    </div>
  )
}
