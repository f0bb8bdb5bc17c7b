import { createHash } from 'node:crypto'

import { commaList } from '../utilities/commaList'

/** A strong validator: the hash of the exact bytes sent, so any change to the content changes it. */
export function strongEtag(body: ArrayBuffer): string {
  return `"${createHash('sha256').update(new Uint8Array(body)).digest('base64url')}"`
}

/** The entity tags an If-None-Match header lists, without `W/` (weak comparison is allowed for GET). */
export function entityTags(header: string | null): string[] {
  return commaList(header ?? undefined).map((tag) => tag.replace(/^W\//, ''))
}

/** RFC 9110 If-None-Match: a list of entity tags or `*`. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  return entityTags(header).includes(etag.replace(/^W\//, ''))
}
