/** Where a link may lead from the clinic's pages: the web and e-mail. Never javascript:, data:, file: or the like. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:'])
/** Stands in for the old site when the post's own address is unknown, so relative links still become paths. */
const UNKNOWN_SITE = 'http://old-site.invalid/'

/**
 * The address an imported link keeps, or null when the link must go (its text stays):
 * - http(s) and mailto addresses as they are;
 * - an address on the old site (relative, or absolute with the old site's origin) as a path of
 *   this site, which answers it with the page or its redirect (the move keeps the domain);
 * - a fragment (#section) as it is;
 * - anything else (javascript:, data:, vbscript:, file:, tel:, unparseable) is refused.
 * Read with the WHATWG URL parser, as browsers read it: "java\tscript:" and " javascript:" are
 * javascript: there too, so they are refused here.
 */
export function safeLinkHref(href: string, baseUrl?: string): string | null {
  const trimmed = href.trim()
  if (!trimmed) return null
  if (/^#[^\s]*$/.test(trimmed)) return trimmed
  const base = parseUrl(baseUrl ?? '') ?? new URL(UNKNOWN_SITE)
  const url = parseUrl(trimmed, base.href)
  if (!url || !SAFE_SCHEMES.has(url.protocol)) return null
  if (url.protocol === 'mailto:') return url.href
  if (url.origin === base.origin) return `${url.pathname}${url.search}${url.hash}`
  return url.href
}

function parseUrl(value: string, base?: string): URL | null {
  try {
    return new URL(value, base)
  } catch {
    return null
  }
}
