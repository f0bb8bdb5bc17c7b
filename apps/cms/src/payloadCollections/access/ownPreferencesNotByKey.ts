import type { Access, Where } from 'payload'

import { isApiKeyRequest } from '../../auth/isApiKeyRequest'

/** One's own admin preferences, signed in (Payload's rule), and never through an API key. */
export const ownPreferencesNotByKey: Access = ({ req: { user } }) => {
  if (!user || isApiKeyRequest(user)) return false
  const own: Where = { and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }] }
  return own
}
