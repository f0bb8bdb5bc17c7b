import type { Access } from 'payload'

import { hasRole } from '../../../auth/hasRole'

/** Redirects are site structure, kept by the people who move pages: editors and admins. */
export const editorsOrAdmins: Access = ({ req: { user } }) => hasRole(user, 'editor', 'admin')
