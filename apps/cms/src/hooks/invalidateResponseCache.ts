import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { appendHooks } from './appendHooks'
import { changeAffectsPublicReads } from '../http/responseCache/changeAffectsPublicReads'
import { bumpResponseCacheGeneration } from '../http/responseCache/invalidate'

export const invalidateOnChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (changeAffectsPublicReads(doc, previousDoc)) await bumpResponseCacheGeneration(req)
  return doc
}

export const invalidateOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (changeAffectsPublicReads(undefined, doc)) await bumpResponseCacheGeneration(req)
  return doc
}

export const invalidateOnGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await bumpResponseCacheGeneration(req)
  return doc
}

/** For collections whose documents visitors read, directly or as populated relations. */
export function withResponseCacheInvalidation(collection: CollectionConfig): CollectionConfig {
  return appendHooks(collection, { afterChange: [invalidateOnChange], afterDelete: [invalidateOnDelete] })
}

export function withGlobalResponseCacheInvalidation(global: GlobalConfig): GlobalConfig {
  return appendHooks(global, { afterChange: [invalidateOnGlobalChange] })
}
