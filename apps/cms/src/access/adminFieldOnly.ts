import type { FieldAccess } from 'payload'

import { hasRole } from '../auth/hasRole'

export const adminFieldOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
