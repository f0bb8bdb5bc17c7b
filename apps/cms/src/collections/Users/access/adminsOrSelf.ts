import type { Access } from 'payload'

import { hasRole } from '../../../auth/hasRole'
import { isApiKeyRequest } from '../../../auth/isApiKeyRequest'

/** Admins manage everyone; people see and edit their own account, but never through an API key. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (!user || isApiKeyRequest(user)) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
