import type { LeadKind } from '@clinic/leads'

import { describedBy } from './describedBy'
import { FieldError } from './FieldError'
import { errorId, fieldId } from './fieldId'

const METHODS = [
  { value: 'email', label: 'E-mail' },
  { value: 'phone', label: 'Phone (please give your number above)' },
] as const

/** How the visitor would like to be contacted: e-mail or phone, as radio buttons in a fieldset. */
export function ContactMethodFieldset({ kind, error }: { kind: LeadKind; error: string | undefined }) {
  const messageId = errorId(kind, 'preferredContact')
  return (
    <fieldset className={error ? 'form-field form-field--invalid' : 'form-field'} aria-describedby={describedBy(error && messageId)}>
      <legend>How should we contact you?</legend>
      <FieldError id={messageId} message={error} />
      {METHODS.map((method, index) => {
        // The first option carries the field's id, so "fix this field" can focus the group.
        const id = index === 0 ? fieldId(kind, 'preferredContact') : `${fieldId(kind, 'preferredContact')}-${method.value}`
        return (
          <div className="choice" key={method.value}>
            <input
              type="radio"
              id={id}
              name="preferredContact"
              value={method.value}
              defaultChecked={index === 0}
              required
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={id}>{method.label}</label>
          </div>
        )
      })}
    </fieldset>
  )
}
