/**
 * Old addresses as the site sees them: the path alone (no origin, query or fragment), one leading
 * slash, no trailing slash, no repeated slashes. `https://old.example/2019/05/knee/?p=3` and
 * `/2019/05/knee` are the same redirect.
 */
export function normalizeRedirectPath(input: string): string | null {
  const trimmed = input.trim()
  if (!trimmed) return null
  let pathname: string
  try {
    pathname = new URL(trimmed, 'http://site.invalid').pathname
  } catch {
    return null
  }
  const collapsed = pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '')
  return collapsed === '' ? '/' : collapsed
}

/** The site's own page paths (apps/web routes): a redirect must name these pages by reference. */
export const articlePath = (slug: string) => `/research/${encodeURIComponent(slug)}`
export const conditionPath = (slug: string) => `/conditions/${encodeURIComponent(slug)}`

/** The slug when a path is an article's or a condition's page. */
export function documentPageOf(path: string): { collection: 'articles' | 'conditions'; slug: string } | null {
  const match = /^\/(research|conditions)\/([^/]+)$/.exec(path)
  if (!match) return null
  return { collection: match[1] === 'research' ? 'articles' : 'conditions', slug: decodeURIComponent(match[2]!) }
}
