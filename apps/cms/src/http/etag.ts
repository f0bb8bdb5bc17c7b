import { createHash } from 'node:crypto'

/** A strong validator: the hash of the exact bytes sent, so any change to the content changes it. */
export function strongEtag(body: ArrayBuffer): string {
  return `"${createHash('sha256').update(new Uint8Array(body)).digest('base64url')}"`
}

/** RFC 9110 If-None-Match: a list of entity tags or `*`; weak comparison is allowed for GET. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const opaque = etag.replace(/^W\//, '')
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque)
}
