import fs from 'node:fs/promises'
import path from 'node:path'
import { type Access, NotFound, type CollectionBeforeOperationHook, type Endpoint, type SanitizedConfig, type UploadConfig } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

import { admins } from '../access/admins'
import { staff } from '../access/staff'
import { MAX_ID } from '../http/guard/checkQuery'
import { keepClientErrorMessages } from '../http/publicErrors'
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
/** Staff read every edit lock; another signed-in person (marketing, not by key) only those on leads. */
const locksStaffOrLeads: Access = (args) => {
  if (staff(args)) return true
  if (!signedInNotByKey(args)) return false
  return { 'document.relationTo': { equals: 'leads' } }
}

export function hardenPayloadCollections(config: SanitizedConfig): SanitizedConfig {
  config.hooks = { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), keepClientErrorMessages] }
  for (const collection of config.collections) {
    if (collection.slug === 'payload-preferences') {
      Object.assign(collection.access, {
        create: signedInNotByKey,
        read: ownPreferencesNotByKey,
        update: ownPreferencesNotByKey,
        delete: ownPreferencesNotByKey,
      })
      collection.endpoints = refuseKeysOnWrites(collection.endpoints)
    }
    if (collection.slug === 'payload-locked-documents') {
      // Who edits which draft is staff business: API keys read no locks, and marketing only those on
      // leads (its admin list asks for them and shows nothing when refused).
      Object.assign(collection.access, {
        read: locksStaffOrLeads,
        create: signedInNotByKey,
        update: signedInNotByKey,
        delete: signedInNotByKey,
      })
    }
    if (collection.slug === 'payload-migrations') {
      Object.assign(collection.access, { read: admins, create: nobody, update: nobody, delete: nobody })
    }
    collection.hooks.beforeOperation = [...(collection.hooks.beforeOperation ?? []), idsAreIntegers]
    if (collection.upload && typeof collection.upload === 'object') {
      const { staticDir } = collection.upload
      // Runs after any storage adapter's handler (S3 answers first); only local files get here.
      collection.upload.handlers = [...(collection.upload.handlers ?? []), missingFileIsNotFound(staticDir ?? collection.slug)]
    }
  }
  return config
}

/**
 * Every id column is a PostgreSQL integer. `/api/articles/abc` or an id beyond 2^31 made the
 * query fail with a 500 and an error-level log; it is simply a document that does not exist.
 */
const idsAreIntegers: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (req.payloadAPI !== 'REST' || id === undefined || id === null) return args
  // Payload parses the path's id with parseFloat, so `abc` arrives as NaN and `1.5` as 1.5.
  const valid =
    typeof id === 'number' ? Number.isInteger(id) && id >= 0 && id <= MAX_ID : /^\d{1,10}$/.test(String(id)) && Number(id) <= MAX_ID
  if (!valid) throw new NotFound(req.t)
  return args
}

/**
 * Payload answers a file missing from the disk with a 500 and an error-level log; for a visitor
 * it is a 404 (the warning still tells operators the disk and the database disagree).
 */
function missingFileIsNotFound(staticDir: string): UploadHandler {
  return (async (req, { params }): Promise<Response | void> => {
    const directory = path.resolve(staticDir)
    const file = path.resolve(directory, params.filename)
    if (!file.startsWith(directory + path.sep)) return
    try {
      await fs.stat(file)
      return
    } catch {
      req.payload.logger.warn(`Media file ${params.filename} is not on disk (${directory}).`)
      return Response.json(
        { errors: [{ message: `No file named ${params.filename}.` }] },
        { status: 404, headers: { 'Cache-Control': 'private, no-store' } },
      )
    }
  }) as UploadHandler
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
