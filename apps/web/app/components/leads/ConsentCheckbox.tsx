import { CONSENT_TEXT, type LeadKind } from '@clinic/leads'

import { describedBy } from './describedBy'
import { FieldError } from './FieldError'
import { errorId, fieldId } from './fieldId'

/** The consent box, worded exactly as the CMS records it for this kind of form. */
export function ConsentCheckbox({ kind, error }: { kind: LeadKind; error: string | undefined }) {
  const id = fieldId(kind, 'consent')
  return (
    <div className={error ? 'form-field form-field--invalid' : 'form-field'}>
      <FieldError id={errorId(kind, 'consent')} message={error} />
      <div className="choice">
        <input
          type="checkbox"
          id={id}
          name="consent"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(error && errorId(kind, 'consent'))}
        />
        <label htmlFor={id}>{CONSENT_TEXT[kind]}</label>
      </div>
    </div>
  )
}
