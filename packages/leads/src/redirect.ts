import type { LeadKind } from './contract'
import type { FieldError } from './validate'

/** What a plain form post is told through the URL it is sent back to (`?lead=…`). */
export type LeadStatus = 'sent' | 'duplicate' | 'error' | 'rate-limited'

/** The query parameters the CMS adds; they replace any left over from an earlier post. */
export const STATUS_PARAMS = ['lead', 'kind', 'field'] as const

function originOf(value: string): string | undefined {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined
  } catch {
    return undefined
  }
}

/**
 * Where a plain form post may be sent back to: `candidate` (absolute, or a path on the first
 * allowed origin) only if its origin is on the allow-list; otherwise the first allowed origin's
 * home page. Never anywhere else: no open redirect.
 */
export function resolveReturnUrl(candidate: unknown, allowedOrigins: readonly string[]): URL {
  const origins = allowedOrigins.map(originOf).filter((origin): origin is string => Boolean(origin))
  const home = origins[0]
  if (!home) throw new Error('resolveReturnUrl needs at least one allowed http(s) origin')
  if (typeof candidate === 'string' && candidate.trim() !== '') {
    const value = candidate.trim()
    // A path on the site; "//host" and "/\host" are other hosts to browsers.
    const isPath = value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
    let url: URL | undefined
    try {
      url = isPath ? new URL(value, home) : new URL(value)
    } catch {
      url = undefined
    }
    if (url && !url.username && !url.password && origins.includes(url.origin)) return url
  }
  return new URL('/', home)
}

/** `url` with `lead=<status>&kind=<kind>` and one `field=` per field in error; the hash is kept. */
export function withLeadStatus(url: URL, status: LeadStatus, kind?: LeadKind, errors: readonly Pick<FieldError, 'field'>[] = []): string {
  const result = new URL(url.href)
  for (const name of STATUS_PARAMS) result.searchParams.delete(name)
  result.searchParams.set('lead', status)
  if (kind) result.searchParams.set('kind', kind)
  for (const field of new Set(errors.map((error) => error.field))) result.searchParams.append('field', field)
  return result.href
}
