import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import type { User } from '@clinic/shared-types'

import { hasRole } from '../../../auth/hasRole'

const ONLY_MARKETING = 'API keys are read-only credentials for marketing: only a user whose sole role is marketing can have one.'

const ONLY_ADMINS = 'Only an admin can issue or revoke API keys.'

/**
 * Field access keeps key fields out of non-admins' reach, and Payload would silently drop them from
 * such a request; a person who asks for a key is told why instead (the admin shows this reason).
 * Runs before field access, on the data as sent.
 */
export const refuseKeyRequestsByNonAdmins: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const data = (args as { data?: Record<string, unknown> }).data
  // The account form may send the fields back empty on an ordinary save: only asking for a key counts.
  const asksForKey = data !== undefined && ((typeof data.apiKey === 'string' && data.apiKey !== '') || data.enableAPIKey === true)
  if (asksForKey && req.user && !hasRole(req.user, 'admin')) throw new APIError(ONLY_ADMINS, 403)
  return args
}

/**
 * API keys bypass the admin's sign-in, so they are kept to read-only marketing accounts and only
 * an admin can issue or revoke one.
 */
export const restrictApiKeys: CollectionBeforeChangeHook<User> = ({ data, originalDoc, req }) => {
  const changesKey =
    (data.enableAPIKey !== undefined && Boolean(data.enableAPIKey) !== Boolean(originalDoc?.enableAPIKey)) ||
    (Boolean(data.apiKey) && data.apiKey !== originalDoc?.apiKey)
  if (changesKey && req.user && !hasRole(req.user, 'admin')) {
    throw new APIError(ONLY_ADMINS, 403)
  }
  const enabled = data.enableAPIKey ?? originalDoc?.enableAPIKey
  const roles = data.roles ?? originalDoc?.roles ?? []
  if (enabled && (roles.length !== 1 || roles[0] !== 'marketing')) {
    throw new APIError(ONLY_MARKETING, 400, [{ path: 'enableAPIKey', message: ONLY_MARKETING }])
  }
  return data
}
