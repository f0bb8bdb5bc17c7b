/** A link's target document as Payload stores it on an internal link (populated at depth ≥ 1). */
interface LinkedDoc {
  relationTo?: string
  value?: unknown
}

const PATHS: Record<string, string> = { articles: '/research', conditions: '/conditions' }

/** The site path of a linked article or condition, or undefined when it cannot be shown to visitors. */
export function internalHref(doc: LinkedDoc | undefined): string | undefined {
  const base = doc?.relationTo ? PATHS[doc.relationTo] : undefined
  const value = doc?.value
  // An unpopulated id means the visitor may not read the document (a draft): no link to a 404.
  if (!base || typeof value !== 'object' || value === null) return undefined
  const slug = (value as { slug?: unknown }).slug
  return typeof slug === 'string' && /^[a-z0-9-]+$/.test(slug) ? `${base}/${slug}` : undefined
}
