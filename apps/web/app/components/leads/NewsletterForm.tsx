import { LEAD_LIMITS } from '@clinic/leads'

import { ConsentCheckbox } from './ConsentCheckbox'
import { LeadForm } from './LeadForm'
import { TextField } from './TextField'
import { useLeadForm } from './useLeadForm'

const KIND = 'newsletter'

/** Sign up for the newsletter: an e-mail address and consent (confirmed by a link mailed to it). */
export function NewsletterForm({ search }: { search: URLSearchParams }) {
  const state = useLeadForm(KIND, search)
  return (
    <LeadForm kind={KIND} state={state} label="Sign up for the newsletter" submitLabel="Subscribe">
      <TextField
        kind={KIND}
        name="email"
        type="email"
        label="E-mail address"
        required
        maxLength={LEAD_LIMITS.emailMaxLength}
        autoComplete="email"
        error={state.errors.email}
      />
      <ConsentCheckbox kind={KIND} error={state.errors.consent} />
    </LeadForm>
  )
}
