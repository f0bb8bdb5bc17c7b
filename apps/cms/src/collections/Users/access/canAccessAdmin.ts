import type { PayloadRequest } from 'payload'

import { hasRole } from '../../../auth/hasRole'

/** Marketing signs in too: it reads leads and published content there, and edits nothing. */
export const canAccessAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  hasRole(user, 'admin', 'editor', 'medical-reviewer', 'publisher', 'marketing')
