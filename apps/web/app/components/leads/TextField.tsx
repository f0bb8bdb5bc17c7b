import type { LeadKind, SubmissionField } from '@clinic/leads'

import { describedBy } from './describedBy'
import { FieldError } from './FieldError'
import { errorId, fieldId } from './fieldId'

interface TextFieldProps {
  kind: LeadKind
  name: SubmissionField
  label: string
  error: string | undefined
  type?: 'text' | 'email' | 'tel'
  /** A textarea for longer free text. */
  multiline?: boolean
  required?: boolean
  maxLength: number
  autoComplete?: string
  hint?: string
}

/** A labelled text input (or textarea) with its hint and, when it needs fixing, the message why. */
export function TextField({ kind, name, label, error, type = 'text', multiline, required, maxLength, autoComplete, hint }: TextFieldProps) {
  const id = fieldId(kind, name)
  const hintId = hint ? `${id}-hint` : undefined
  const control = {
    id,
    name,
    required,
    maxLength,
    autoComplete,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hintId, error && errorId(kind, name)),
  }
  return (
    <div className={error ? 'form-field form-field--invalid' : 'form-field'}>
      <label htmlFor={id}>
        {label}
        {required ? null : <span className="form-field__optional"> (optional)</span>}
      </label>
      {hint ? (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId(kind, name)} message={error} />
      {multiline ? <textarea {...control} rows={5} /> : <input {...control} type={type} />}
    </div>
  )
}
