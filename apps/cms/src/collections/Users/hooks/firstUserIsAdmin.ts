import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@clinic/shared-types'

/** Whoever creates the very first account (the admin's create-first-user screen) must be able to manage the rest. */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  // Scripts and tests using the local API choose roles themselves.
  if (operation !== 'create' || req.user || req.payloadAPI === 'local') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
