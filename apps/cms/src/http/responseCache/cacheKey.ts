import { createHash } from 'node:crypto'

/**
 * One entry per exact URL (path and query string as sent). Query strings are not reordered:
 * Payload reads repeated and nested parameters (`where[or][0]…`) in order, so two orders may mean
 * two different queries.
 */
export function cacheKey(url: string): string {
  const { pathname, search } = new URL(url)
  return createHash('sha256').update(`${pathname}${search}`).digest('base64url')
}
