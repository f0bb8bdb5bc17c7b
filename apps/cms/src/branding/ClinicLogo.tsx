import type { Payload } from 'payload'

import { ClinicMark } from './ClinicMark'
import { clinicName, monogram } from './clinicName'

/** The admin's login and sign-up logo: the clinic's mark and name instead of Payload's (issue 18). */
export async function ClinicLogo({ payload }: { payload: Payload }) {
  const name = await clinicName(payload)
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 12 }} data-testid="clinic-logo">
      <ClinicMark initials={monogram(name)} size={48} />
      <span style={{ fontSize: 22, fontWeight: 600 }}>
        {name}
        <span style={{ display: 'block', fontSize: 14, fontWeight: 400, opacity: 0.75 }}>Content desk</span>
      </span>
    </span>
  )
}
