import type { Payload } from 'payload'

import { ClinicMark } from './ClinicMark'
import { clinicName, monogram } from './clinicName'

/** The admin's navigation icon: the clinic's mark, titled with its name, at the 18 px Payload's breadcrumb gives it (16 px on narrow screens; larger was clipped). */
export async function ClinicIcon({ payload }: { payload: Payload }) {
  const name = await clinicName(payload)
  return (
    <span title={name} data-testid="clinic-icon" style={{ display: 'inline-flex', width: '100%', height: '100%' }}>
      <ClinicMark initials={monogram(name)} size="100%" />
    </span>
  )
}
