import type { Access } from 'payload'

import { hasRole } from '../auth/hasRole'

export const admins: Access = ({ req: { user } }) => hasRole(user, 'admin')
