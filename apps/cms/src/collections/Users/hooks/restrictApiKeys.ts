import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import type { User } from '@clinic/shared-types'

import { hasRole } from '../../../auth/hasRole'

const ONLY_MARKETING =
  'API keys are read-only credentials for marketing: only a user whose sole role is marketing can have one.'

/**
 * API keys bypass the admin's sign-in, so they are kept to read-only marketing accounts and only
 * an admin can issue or revoke one.
 */
export const restrictApiKeys: CollectionBeforeChangeHook<User> = ({ data, originalDoc, req }) => {
  const changesKey =
    (data.enableAPIKey !== undefined && Boolean(data.enableAPIKey) !== Boolean(originalDoc?.enableAPIKey)) ||
    (Boolean(data.apiKey) && data.apiKey !== originalDoc?.apiKey)
  if (changesKey && req.user && !hasRole(req.user, 'admin')) {
    throw new APIError('Only an admin can issue or revoke API keys.', 403)
  }
  const enabled = data.enableAPIKey ?? originalDoc?.enableAPIKey
  const roles = data.roles ?? originalDoc?.roles ?? []
  if (enabled && (roles.length !== 1 || roles[0] !== 'marketing')) {
    throw new APIError(ONLY_MARKETING, 400, [{ path: 'enableAPIKey', message: ONLY_MARKETING }])
  }
  return data
}
