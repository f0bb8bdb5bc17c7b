import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import type { Article } from '@clinic/shared-types'

import { appendHooks } from '../hooks/appendHooks'
import { enqueueDeliveries } from './enqueueDeliveries'
import { eventForChange } from './events'

/** The live article is the main-table row; drafts saved over it live only in versions. */
function liveArticle(req: PayloadRequest, id: number | string) {
  return req.payload.db.findOne<Article>({ collection: 'articles', where: { id: { equals: id } }, req })
}

const contextKey = (id: number | string) => `webhooks:live-before:${id}`

// `previousDoc` is the latest version, which may be a draft; subscribers care about the live row.
const rememberLiveState: CollectionBeforeChangeHook<Article> = async ({ operation, originalDoc, req, data }) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const live = await liveArticle(req, originalDoc.id)
    req.context[contextKey(originalDoc.id)] = live ? { status: live._status, updatedAt: live.updatedAt } : null
  }
  return data
}

const announceChange: CollectionAfterChangeHook<Article> = async ({ doc, operation, req }) => {
  const before =
    operation === 'create' ? null : (req.context[contextKey(doc.id)] as { status?: Article['_status']; updatedAt?: string } | null)
  const live = await liveArticle(req, doc.id)
  const event = eventForChange(before?.status, live?._status)
  if (!event) return doc
  // A draft saved over a published article leaves the live row untouched: nothing to announce.
  if (event === 'updated-while-published' && live?.updatedAt === before?.updatedAt) return doc
  await enqueueDeliveries(req, event, live ?? doc)
  return doc
}

const announceDelete: CollectionAfterDeleteHook<Article> = async ({ doc, req }) => {
  if (doc._status === 'published') await enqueueDeliveries(req, 'deleted', doc)
  return doc
}

/** Tells webhook subscribers about changes to live articles (see src/webhooks). */
export function withWebhookEvents(collection: CollectionConfig): CollectionConfig {
  return appendHooks(collection, {
    beforeChange: [rememberLiveState],
    afterChange: [announceChange],
    afterDelete: [announceDelete],
  })
}
