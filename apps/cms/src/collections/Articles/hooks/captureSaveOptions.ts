import type { CollectionBeforeOperationHook } from 'payload'

import { recordSaveOptions } from '../workflow/context'
import type { ReviewedCollection } from '../workflow/reviewKinds'

/**
 * Records how a save was called (draft or not), which hooks can't see, for enforceWorkflow; and
 * turns a plain save (no `_status`, not a draft) that would rewrite a live article in place into
 * a draft save, so editing published content always makes a new working draft and the published
 * version stays live (for a bulk update without `_status` this applies to every article it hits).
 */
export const captureSaveOptionsFor =
  <T extends ReviewedCollection>(collection: T): CollectionBeforeOperationHook<T> =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') return args
    const saveArgs = args as { id?: number | string; draft?: boolean; data?: Record<string, unknown>; where?: unknown }

    if (operation === 'update' && !saveArgs.draft && saveArgs.data && saveArgs.data._status === undefined) {
      const live =
        saveArgs.id === undefined ||
        (await req.payload.db.findOne<{ id: number; _status?: string }>({ collection, where: { id: { equals: saveArgs.id } }, req }))
          ?._status === 'published'
      if (live) saveArgs.draft = true
    }
    recordSaveOptions(req, { operation, draft: Boolean(saveArgs.draft) })
    return saveArgs as typeof args
  }

export const captureSaveOptions = captureSaveOptionsFor('articles')
