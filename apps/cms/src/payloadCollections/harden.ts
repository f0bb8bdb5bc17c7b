import type { Endpoint, SanitizedConfig } from 'payload'

import { admins } from '../access/admins'
import { isApiKeyRequest } from '../auth/isApiKeyRequest'
import { nobody } from './access/nobody'
import { ownPreferencesNotByKey } from './access/ownPreferencesNotByKey'
import { signedInNotByKey } from './access/signedInNotByKey'

/**
 * Payload adds its own collections (admin preferences, edit locks, the migrations log) with
 * "any signed-in user" access, which would let marketing's read-only API keys write and any
 * signed-in user rewrite the migrations log through the local API. These are our rules for them.
 * (Background jobs: see jobs/access.)
 */
export function hardenPayloadCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug === 'payload-preferences') {
      Object.assign(collection.access, { create: signedInNotByKey, read: ownPreferencesNotByKey, update: ownPreferencesNotByKey, delete: ownPreferencesNotByKey })
      collection.endpoints = refuseKeysOnWrites(collection.endpoints)
    }
    if (collection.slug === 'payload-locked-documents') {
      Object.assign(collection.access, { create: signedInNotByKey, update: signedInNotByKey, delete: signedInNotByKey })
    }
    if (collection.slug === 'payload-migrations') {
      Object.assign(collection.access, { read: admins, create: nobody, update: nobody, delete: nobody })
    }
  }
  return config
}

/** Payload's `/payload-preferences/:key` handlers write without asking the access functions. */
function refuseKeysOnWrites(endpoints: false | Endpoint[]): false | Endpoint[] {
  if (!endpoints) return endpoints
  return endpoints.map((endpoint) =>
    endpoint.method === 'get'
      ? endpoint
      : {
          ...endpoint,
          handler: (req) =>
            isApiKeyRequest(req.user)
              ? Response.json({ errors: [{ message: 'API keys are read-only.' }] }, { status: 403 })
              : endpoint.handler(req),
        },
  )
}
