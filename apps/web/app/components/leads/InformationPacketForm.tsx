import { LEAD_LIMITS } from '@clinic/leads'

import type { ConditionSummary } from '../../cms/types'
import { ConditionSelect } from './ConditionSelect'
import { ConsentCheckbox } from './ConsentCheckbox'
import { ContactMethodFieldset } from './ContactMethodFieldset'
import { LeadForm } from './LeadForm'
import { TextField } from './TextField'
import { useLeadForm } from './useLeadForm'

const KIND = 'information-packet'

interface InformationPacketFormProps {
  conditions: ConditionSummary[]
  /** The page's query: the outcome of a plain form post, and an optional `condition` to preselect. */
  search: URLSearchParams
}

/** Request an information packet: who you are, the condition, how to reach you, your consent. */
export function InformationPacketForm({ conditions, search }: InformationPacketFormProps) {
  const state = useLeadForm(KIND, search)
  const { errors } = state
  return (
    <LeadForm kind={KIND} state={state} label="Request an information packet" submitLabel="Send my request">
      <TextField
        kind={KIND}
        name="name"
        label="Your name"
        required
        maxLength={LEAD_LIMITS.nameMaxLength}
        autoComplete="name"
        error={errors.name}
      />
      <TextField
        kind={KIND}
        name="email"
        type="email"
        label="E-mail address"
        required
        maxLength={LEAD_LIMITS.emailMaxLength}
        autoComplete="email"
        error={errors.email}
      />
      <TextField
        kind={KIND}
        name="phone"
        type="tel"
        label="Phone number"
        hint="Only needed if you would like us to call you."
        maxLength={LEAD_LIMITS.phoneMaxLength}
        autoComplete="tel"
        error={errors.phone}
      />
      <ConditionSelect kind={KIND} conditions={conditions} error={errors.condition} defaultSlug={search.get('condition') ?? undefined} />
      <ContactMethodFieldset kind={KIND} error={errors.preferredContact} />
      <TextField
        kind={KIND}
        name="message"
        label="Your message"
        hint="Anything you would like us to know. Please do not include detailed medical records."
        multiline
        maxLength={LEAD_LIMITS.messageMaxLength}
        error={errors.message}
      />
      <ConsentCheckbox kind={KIND} error={errors.consent} />
    </LeadForm>
  )
}
