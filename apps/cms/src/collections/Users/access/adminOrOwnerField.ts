import type { FieldAccess } from 'payload'

import { hasRole } from '../../../auth/hasRole'
import { isApiKeyRequest } from '../../../auth/isApiKeyRequest'

/**
 * An account's private details: its owner and admins read them; a colleague who may list staff
 * (access/signedInPeople) sees only the name. Without a document (a `where` or `sort` on the field)
 * only admins may use it, so nobody can probe colleagues' e-mail addresses by filtering on them.
 */
export const adminOrOwnerField: FieldAccess = ({ req: { user }, doc, id }) => {
  if (!user || isApiKeyRequest(user)) return false
  if (hasRole(user, 'admin')) return true
  const owner = (doc as { id?: number | string } | undefined)?.id ?? id
  return owner !== undefined && String(owner) === String(user.id)
}
