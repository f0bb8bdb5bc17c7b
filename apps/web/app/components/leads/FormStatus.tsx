import type { LeadKind } from '@clinic/leads'
import type { RefObject } from 'react'

import type { LeadOutcome } from '../../lib/leadOutcome'
import { describeOutcome } from './outcomeMessages'

interface FormStatusProps {
  kind: LeadKind
  outcome: LeadOutcome | undefined
  statusRef: RefObject<HTMLDivElement | null>
  /** Sends the form again (shown after a network failure, with JavaScript). */
  onRetry?: () => void
}

/**
 * Where the form says what happened. Always in the page (empty until there is news), so screen
 * readers announce its changes; server-rendered after a plain form post, updated in place with
 * JavaScript.
 */
export function FormStatus({ kind, outcome, statusRef, onRetry }: FormStatusProps) {
  const described = outcome ? describeOutcome(kind, outcome) : undefined
  return (
    <div
      ref={statusRef}
      tabIndex={-1}
      role="status"
      aria-live="polite"
      className={described ? `form-status form-status--${described.tone}` : 'form-status'}
      data-outcome={outcome?.status}
    >
      {described ? <p>{described.text}</p> : null}
      {outcome?.status === 'network' && onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  )
}
