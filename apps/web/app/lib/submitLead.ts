import type { FieldError } from '@clinic/leads'

import type { FieldErrors, LeadOutcome } from './leadOutcome'

const TIMEOUT_MS = 15_000

interface SubmitAnswer {
  status?: string
  message?: string
  errors?: FieldError[]
}

export function toFieldErrors(errors: readonly FieldError[]): FieldErrors {
  const byField: FieldErrors = {}
  // The first problem per field is the one to fix first.
  for (const error of errors) byField[error.field] ??= error.message
  return byField
}

/**
 * Posts a form's fields as JSON to the CMS's public endpoint (`POST /api/leads/submit`) and says how
 * it went. Never throws: a network failure is an outcome too, so the form can offer a retry.
 */
export async function submitLead(
  cmsBaseUrl: string,
  fields: Record<string, unknown>,
): Promise<{ outcome: LeadOutcome; errors: FieldErrors }> {
  let response: Response
  try {
    response = await fetch(`${cmsBaseUrl}/api/leads/submit`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(fields),
      // No cookies: the endpoint ignores credentials, and a visitor's CMS session has no business here.
      credentials: 'omit',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch {
    return { outcome: { status: 'network' }, errors: {} }
  }
  const answer = (await response.json().catch(() => ({}))) as SubmitAnswer
  const message = typeof answer.message === 'string' ? answer.message : undefined
  if (response.status === 201) return { outcome: { status: 'sent', message }, errors: {} }
  if (response.status === 400 && answer.status === 'invalid' && answer.errors?.length) {
    return { outcome: { status: 'invalid' }, errors: toFieldErrors(answer.errors) }
  }
  if (response.status === 409) return { outcome: { status: 'duplicate', message }, errors: {} }
  if (response.status === 429) return { outcome: { status: 'rate-limited', message }, errors: {} }
  return { outcome: { status: 'error', message }, errors: {} }
}
