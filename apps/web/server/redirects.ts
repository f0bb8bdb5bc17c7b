/**
 * Old addresses (the previous site's, renamed pages) answered with a 301 to where they now lead.
 * Asked only for an address the site has no page for, so a live page always wins, and a redirect
 * is never stored in the page cache: it is looked up again on every visit, and one whose target is
 * unpublished stops at once (the CMS returns only redirects whose target is published).
 */
import type { SiteConfig } from './config'

interface RedirectDoc {
  toType: 'article' | 'condition' | 'path'
  toArticle?: { slug?: string | null } | number | null
  toCondition?: { slug?: string | null } | number | null
  toPath?: string | null
}

/** The same normal form the CMS stores `from` in (apps/cms/src/collections/Redirects/paths.ts). */
export function redirectSourcePath(url: string): string | null {
  let pathname: string
  try {
    pathname = new URL(url, 'http://site.invalid').pathname
  } catch {
    return null
  }
  const collapsed = pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '')
  return collapsed === '' ? null : collapsed
}

/** Where a published redirect leads on this site; null when its target could not be read. */
export function redirectLocation(doc: RedirectDoc): string | null {
  const slugOf = (target: RedirectDoc['toArticle']) => (target && typeof target === 'object' ? target.slug : null)
  if (doc.toType === 'path') return doc.toPath || null
  if (doc.toType === 'article') {
    const slug = slugOf(doc.toArticle)
    return slug ? `/research/${encodeURIComponent(slug)}` : null
  }
  const slug = slugOf(doc.toCondition)
  return slug ? `/conditions/${encodeURIComponent(slug)}` : null
}

export function createRedirectLookup(config: Pick<SiteConfig, 'cmsServerUrl'>) {
  /** The address to send a visitor of `url` to, or null (no redirect, or the CMS did not answer in time). */
  return async function findRedirect(url: string): Promise<string | null> {
    const from = redirectSourcePath(url)
    if (!from) return null
    const query = new URLSearchParams({ 'where[from][equals]': from, depth: '1', limit: '1' })
    try {
      const response = await fetch(`${config.cmsServerUrl}/api/redirects?${query}`, {
        headers: { Accept: 'application/json' },
        signal: AbortSignal.timeout(2_000),
      })
      if (!response.ok) return null
      const body = (await response.json()) as { docs?: RedirectDoc[] }
      const doc = body.docs?.[0]
      const location = doc ? redirectLocation(doc) : null
      // Only a path of this site: never "//other.host" or a full URL, whatever the CMS holds.
      if (!location || !/^\/(?![/\\])/.test(location) || location === from) return null
      return location
    } catch {
      // Unreachable or slow: the visitor gets the 404 page rather than waiting.
      return null
    }
  }
}
