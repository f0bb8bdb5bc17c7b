import type { Access } from 'payload'

import { isStaff } from '../auth/hasRole'

export const staff: Access = ({ req: { user } }) => isStaff(user)
