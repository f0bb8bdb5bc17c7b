import type { CollectionAfterChangeHook } from 'payload'

import { CLINIC_PROFILE_FIELDS, PUBLISHING_CLINIC_PROFILE } from '../publicFields'

/**
 * The site and marketing read the clinic's details from the site settings (`/api/globals/site-settings`).
 * They change only here: when a reviewed version is published, in the same transaction as the publish.
 */
export const publishToSiteSettings: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  const data = Object.fromEntries(CLINIC_PROFILE_FIELDS.map((field) => [field, doc[field] ?? null]))
  req.context[PUBLISHING_CLINIC_PROFILE] = true
  try {
    await req.payload.updateGlobal({ slug: 'site-settings', data, req, overrideAccess: true })
  } finally {
    delete req.context[PUBLISHING_CLINIC_PROFILE]
  }
  return doc
}
