import type { Access } from 'payload'

import { isApiKeyRequest } from '../../auth/isApiKeyRequest'

/** A person signed in to the admin; marketing's read-only API keys write nothing. */
export const signedInNotByKey: Access = ({ req: { user } }) => Boolean(user) && !isApiKeyRequest(user)
