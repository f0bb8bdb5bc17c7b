import { RETURN_TO_FIELD, type LeadKind } from '@clinic/leads'
import { useRef, type ReactNode } from 'react'

import { usePathname } from '../../router/RouterContext'
import { ErrorSummary } from './ErrorSummary'
import { FormStatus } from './FormStatus'
import { HoneypotField } from './HoneypotField'
import type { LeadFormState } from './useLeadForm'

interface LeadFormProps {
  kind: LeadKind
  state: LeadFormState
  /** The form's accessible name. */
  label: string
  submitLabel: string
  children: ReactNode
}

/**
 * The frame both lead forms share: a real POST form to the CMS that works without JavaScript (the
 * CMS redirects back to this page with the outcome), the outcome and the error summary above the
 * fields, the hidden fields the contract asks for, and the send button.
 */
export function LeadForm({ kind, state, label, submitLabel, children }: LeadFormProps) {
  const pathname = usePathname()
  const formRef = useRef<HTMLFormElement>(null)
  return (
    <form
      ref={formRef}
      method="post"
      action={state.action}
      aria-label={label}
      className="lead-form"
      noValidate={state.enhanced}
      onSubmit={state.onSubmit}
    >
      <FormStatus kind={kind} outcome={state.outcome} statusRef={state.statusRef} onRetry={() => formRef.current?.requestSubmit()} />
      <ErrorSummary kind={kind} errors={state.errors} />
      <input type="hidden" name="kind" value={kind} />
      {/* A path: the CMS sends the visitor back to it on the site's own origin, with the outcome added. */}
      <input type="hidden" name={RETURN_TO_FIELD} value={pathname} />
      <input type="hidden" name="sourcePage" value={pathname} />
      {children}
      <HoneypotField kind={kind} />
      <p className="lead-form__actions">
        <button type="submit" className="button" aria-disabled={state.submitting || undefined}>
          {state.submitting ? 'Sending…' : submitLabel}
        </button>
      </p>
    </form>
  )
}
