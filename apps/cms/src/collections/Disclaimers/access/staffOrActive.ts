import type { Access, Where } from 'payload'

import { isStaff } from '../../../auth/hasRole'

/** Visitors see a disclaimer only once published, and while it is active and in effect. */
export const staffOrActive: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const activeAndInEffect: Where = {
    and: [
      { _status: { equals: 'published' } },
      { active: { equals: true } },
      {
        or: [{ effectiveDate: { exists: false } }, { effectiveDate: { less_than_equal: new Date().toISOString() } }],
      },
    ],
  }
  return activeAndInEffect
}
