import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { appendHooks } from './appendHooks'

export const MAX_PAGE_SIZE = 100

/**
 * One REST request may not ask for everything: `limit` is capped, `limit=0` and
 * `pagination=false` become a normal page. The local API (scripts, hooks) is not limited.
 */
export const capListSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI !== 'REST') return args
  const { limit, pagination } = args as { limit?: unknown; pagination?: unknown }
  const unpaged = pagination === false || pagination === 'false'
  const requested = limit === undefined || limit === null || limit === '' ? undefined : Number(limit)
  const tooMany = requested !== undefined && (!Number.isFinite(requested) || requested <= 0 || requested > MAX_PAGE_SIZE)
  if (!unpaged && !tooMany) return args
  return { ...args, pagination: true, limit: tooMany || unpaged ? MAX_PAGE_SIZE : requested }
}

/** Adds the cap to a collection, keeping its own beforeOperation hooks. */
export function withListSizeCap(collection: CollectionConfig): CollectionConfig {
  return appendHooks(collection, { beforeOperation: [capListSize] })
}
