import { fieldError, SUBMISSION_FIELDS, type LeadKind, type SubmissionField } from '@clinic/leads'

/** How a submission ended, whether the CMS redirected back (no JavaScript) or answered our fetch. */
export type LeadOutcomeStatus = 'sent' | 'duplicate' | 'rate-limited' | 'error' | 'invalid' | 'network'

export interface LeadOutcome {
  status: LeadOutcomeStatus
  /** The CMS's own sentence, when it sent one (JSON answers only). */
  message?: string
}

/** A message beside each field in error, keyed by the contract's field names. */
export type FieldErrors = Partial<Record<SubmissionField, string>>

/**
 * What to say beside a field the CMS named in a redirect (`?lead=error&field=email`). The redirect
 * carries no error code (and never what was typed), so these describe what the field needs.
 */
const REDIRECT_FIELD_MESSAGES: FieldErrors = {
  name: fieldError('name', 'required').message,
  email: fieldError('email', 'invalid').message,
  phone: `${fieldError('phone', 'invalid').message} It is needed when you ask us to call you.`,
  condition: fieldError('condition', 'required').message,
  preferredContact: fieldError('preferredContact', 'unknown-option').message,
  message: `${fieldError('message', 'too-long').message} Line breaks are fine; other invisible characters are not.`,
  consent: fieldError('consent', 'not-accepted').message,
}

const REDIRECT_STATUSES: readonly string[] = ['sent', 'duplicate', 'rate-limited', 'error']

const isField = (value: string): value is SubmissionField => (SUBMISSION_FIELDS as readonly string[]).includes(value)

/**
 * The outcome the CMS put in the address after a plain form post (`?lead=…&kind=…&field=…`), for
 * the form of this `kind` only; nothing when the address says nothing about it.
 */
export function readRedirectOutcome(search: URLSearchParams, kind: LeadKind): { outcome?: LeadOutcome; errors: FieldErrors } {
  const status = search.get('lead')
  if (!status || !REDIRECT_STATUSES.includes(status) || search.get('kind') !== kind) return { errors: {} }
  const errors: FieldErrors = {}
  for (const field of search.getAll('field')) {
    if (isField(field)) errors[field] = REDIRECT_FIELD_MESSAGES[field] ?? 'Check this field.'
  }
  if (status === 'error' && Object.keys(errors).length > 0) {
    // The address never carries what was typed (personal data), so the form comes back empty.
    const message =
      'Your details were not sent yet. For your privacy we do not keep what you typed, so please fill in the form again, fixing the fields marked below.'
    return { outcome: { status: 'invalid', message }, errors }
  }
  return { outcome: { status: status as LeadOutcomeStatus }, errors }
}
