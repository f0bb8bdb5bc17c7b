import type { Access } from 'payload'

import { isStaff } from '../auth/hasRole'

/** Staff see drafts; everyone else (anonymous, marketing) only what is published. */
export const staffOrPublished: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  return { _status: { equals: 'published' } }
}
