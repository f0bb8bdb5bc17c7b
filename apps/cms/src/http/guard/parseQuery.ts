import * as qs from 'qs-esm'

/** Exactly how Payload parses a REST query string (createPayloadRequest), so we check what it will run. */
export function parseQuery(search: string): Record<string, unknown> {
  if (!search || search === '?') return {}
  return qs.parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>
}
