import type { FieldAccess } from 'payload'

import { isStaff } from '../auth/hasRole'

export const staffFieldOnly: FieldAccess = ({ req: { user } }) => isStaff(user)
