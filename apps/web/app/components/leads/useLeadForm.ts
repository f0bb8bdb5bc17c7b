import { useEffect, useRef, useState, type FormEvent } from 'react'

import { HONEYPOT_FIELD, SUBMISSION_FIELDS, validateLeadSubmission, type LeadKind, type SubmissionField } from '@clinic/leads'

import { useCms } from '../../data/CmsContext'
import { readRedirectOutcome, type FieldErrors, type LeadOutcome } from '../../lib/leadOutcome'
import { submitLead, toFieldErrors } from '../../lib/submitLead'
import { fieldId } from './fieldId'

export interface LeadFormState {
  /** `${cms}/api/leads/submit`: where the plain form posts without JavaScript. */
  action: string
  errors: FieldErrors
  outcome: LeadOutcome | undefined
  submitting: boolean
  /** JavaScript has taken over: our own validation replaces the browser's bubbles. */
  enhanced: boolean
  statusRef: React.RefObject<HTMLDivElement | null>
  onSubmit(event: FormEvent<HTMLFormElement>): void
}

/** The fields the CMS reads, from the form as the visitor filled it (consent as a boolean). */
function readFields(form: HTMLFormElement): Record<string, unknown> {
  const data = new FormData(form)
  const fields: Record<string, unknown> = {}
  for (const name of [...SUBMISSION_FIELDS, HONEYPOT_FIELD]) {
    const value = data.get(name)
    if (typeof value === 'string') fields[name] = value
  }
  fields.consent = data.get('consent') !== null
  return fields
}

const firstInvalid = (errors: FieldErrors): SubmissionField | undefined => SUBMISSION_FIELDS.find((field) => errors[field])

/**
 * One lead form's behaviour. Without JavaScript the form simply posts to the CMS, which redirects
 * back with the outcome in the address (read here, so the server renders it). With JavaScript the
 * same form is checked with the CMS's own rules first, then sent as JSON, and the outcome is
 * shown in place.
 */
export function useLeadForm(kind: LeadKind, search: URLSearchParams): LeadFormState {
  const cms = useCms()
  const fromRedirect = readRedirectOutcome(search, kind)
  const [errors, setErrors] = useState<FieldErrors>(fromRedirect.errors)
  const [outcome, setOutcome] = useState<LeadOutcome | undefined>(fromRedirect.outcome)
  const [submitting, setSubmitting] = useState(false)
  const [enhanced, setEnhanced] = useState(false)
  const statusRef = useRef<HTMLDivElement>(null)
  // Where focus goes once the outcome of a submission has rendered (its messages must exist first,
  // or a screen reader would announce the field without them).
  const focusNext = useRef<SubmissionField | 'status' | undefined>(undefined)
  useEffect(() => setEnhanced(true), [])
  useEffect(() => {
    const target = focusNext.current
    focusNext.current = undefined
    if (target === 'status') statusRef.current?.focus()
    else if (target) document.getElementById(fieldId(kind, target))?.focus()
  }, [outcome, errors, kind])

  async function send(form: HTMLFormElement) {
    const fields = readFields(form)
    const checked = validateLeadSubmission(fields)
    if (!checked.ok) {
      const found = toFieldErrors(checked.errors)
      focusNext.current = firstInvalid(found)
      setErrors(found)
      setOutcome({ status: 'invalid' })
      return
    }
    setErrors({})
    setOutcome(undefined)
    setSubmitting(true)
    const result = await submitLead(cms.baseUrl, { ...fields, sourcePage: location.pathname })
    if (result.outcome.status === 'sent') form.reset()
    // A field to fix, or else the message saying what happened, so keyboard and screen-reader users land on it.
    focusNext.current = result.outcome.status === 'invalid' ? firstInvalid(result.errors) : 'status'
    setSubmitting(false)
    setErrors(result.errors)
    setOutcome(result.outcome)
  }

  return {
    action: `${cms.baseUrl}/api/leads/submit`,
    errors,
    outcome,
    submitting,
    enhanced,
    statusRef,
    onSubmit(event) {
      event.preventDefault()
      if (!submitting) void send(event.currentTarget)
    },
  }
}
