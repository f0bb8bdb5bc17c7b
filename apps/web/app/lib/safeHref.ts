const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])
const RELATIVE_BASE = 'https://relative.invalid'

/**
 * A link target from the CMS that is safe to put in an href, or undefined. Only web, e-mail and
 * phone links and paths on this site survive; `javascript:`, `data:`, `vbscript:` and the like are
 * dropped however they are disguised (case, spaces, tabs and control characters are normalised by
 * the URL parser exactly as a browser would before we look at the scheme).
 */
export function safeHref(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined
  let url: URL
  try {
    url = new URL(raw, `${RELATIVE_BASE}/`)
  } catch {
    return undefined
  }
  if (url.origin === RELATIVE_BASE) return `${url.pathname}${url.search}${url.hash}`
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined
}
