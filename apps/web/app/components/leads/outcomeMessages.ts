import type { LeadKind } from '@clinic/leads'

import type { LeadOutcome, LeadOutcomeStatus } from '../../lib/leadOutcome'

type Tone = 'success' | 'problem'

const SENT: Record<LeadKind, string> = {
  'information-packet': 'Thank you — your request has been sent. We will contact you soon, the way you asked us to.',
  newsletter: 'Thank you — almost done: we have sent you an e-mail. Please open the link in it to confirm your subscription.',
}

/** What we say when the CMS's own sentence is absent (a plain form post brings only the status). */
const FALLBACK: Record<Exclude<LeadOutcomeStatus, 'sent'>, string> = {
  invalid: 'Your details were not sent yet. Please fix the fields marked below and send the form again.',
  duplicate: 'We already received this from your e-mail address a few minutes ago, so there is no need to send it again.',
  'rate-limited': 'We have received several forms from your connection in a short time. Please wait a few minutes, then try again.',
  error: 'Sorry, something went wrong on our side and your details were not sent. Please try again in a moment, or call us.',
  network:
    'We could not reach our server, so your details were not sent. Please check your internet connection and try again — what you typed is still here.',
}

/** The sentence and tone to show for an outcome. */
export function describeOutcome(kind: LeadKind, outcome: LeadOutcome): { tone: Tone; text: string } {
  if (outcome.status === 'sent') return { tone: 'success', text: SENT[kind] }
  const tone: Tone = outcome.status === 'duplicate' ? 'success' : 'problem'
  // The CMS's wording for limits and duplicates is more precise (e.g. how long to wait), as is the
  // redirect's note that the form comes back empty; ours otherwise.
  const own = ['rate-limited', 'duplicate', 'invalid'].includes(outcome.status) ? outcome.message : undefined
  return { tone, text: own ?? FALLBACK[outcome.status] }
}
