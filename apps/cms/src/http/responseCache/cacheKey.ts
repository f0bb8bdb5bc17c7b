import { createHash } from 'node:crypto'

import { parseQuery } from '../guard/parseQuery'

/**
 * One entry per read as Payload understands it: the percent-decoded path and the query string
 * parsed the way Payload parses it, with object keys in a fixed order. `?limit=5&depth=1` and
 * `?depth=1&limit=5`, or `%5B` and `[`, share an entry; list order (`where[or][0]`, `[1]`) is kept,
 * since it can change the query. Unknown parameters never get here: the request guard refuses
 * them for the anonymous callers this cache serves (guard/limits.ts).
 */
/**
 * Part of every key: raise it in the release that changes what a cached read answers (a new field, a
 * new shape), so the new code never serves an answer the old code stored and the old code, during a
 * rolling deploy, never serves the new one. 2: the library search's `totalDocsIsLowerBound`.
 */
export const RESPONSE_FORMAT = 2

export function cacheKey(apiPath: string, search: string, format = RESPONSE_FORMAT): string {
  return createHash('sha256')
    .update(`${format}\n${apiPath}\n${canonical(parseQuery(search))}`)
    .digest('base64url')
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`
  }
  return JSON.stringify(value)
}
