import { HONEYPOT_FIELD, type LeadKind } from '@clinic/leads'

import { fieldId } from './fieldId'

/**
 * A field people never see and bots fill in: the CMS answers "sent" to a filled one and stores
 * nothing. Off-screen rather than `display: none` or `type="hidden"` (which bots skip), out of the
 * tab order, hidden from assistive technology and, should anything reach it anyway, labelled to
 * be left empty.
 */
export function HoneypotField({ kind }: { kind: LeadKind }) {
  const id = fieldId(kind, HONEYPOT_FIELD)
  return (
    <div className="form-trap" aria-hidden="true">
      <label htmlFor={id}>Leave this field empty</label>
      <input id={id} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  )
}
