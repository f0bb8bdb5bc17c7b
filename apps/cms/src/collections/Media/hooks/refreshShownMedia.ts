import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { appendHooks } from '../../../hooks/appendHooks'
import { mediaShownBy, refreshMediaOnSite } from '../onSite'

/** A save that puts content live, changes it live or takes it down changes which images visitors may see. */
const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const touchesLive = doc?._status === 'published' || previousDoc?._status === 'published'
  if (touchesLive) await refreshMediaOnSite(req, [...mediaShownBy(doc), ...mediaShownBy(previousDoc)])
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshMediaOnSite(req, mediaShownBy(doc))
  return doc
}

/** For every kind of content that shows images (hero images, photos, images in rich text). */
export function withShownMedia(collection: CollectionConfig): CollectionConfig {
  return appendHooks(collection, { afterChange: [afterChange], afterDelete: [afterDelete] })
}
