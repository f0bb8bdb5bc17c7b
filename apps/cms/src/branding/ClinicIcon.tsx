import type { Payload } from 'payload'

import { ClinicMark } from './ClinicMark'
import { clinicName, monogram } from './clinicName'

/** The admin's navigation icon: the clinic's mark, titled with its name. */
export async function ClinicIcon({ payload }: { payload: Payload }) {
  const name = await clinicName(payload)
  return (
    <span title={name} data-testid="clinic-icon" style={{ display: 'inline-flex' }}>
      <ClinicMark initials={monogram(name)} size={28} />
    </span>
  )
}
