import type { SitePage } from './types'

interface Listing {
  docs: { slug?: string | null }[]
}

async function firstSlug(cmsUrl: string, query: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/${query}&limit=1&depth=0&select[slug]=true`)
  if (!response.ok) throw new Error(`GET /api/${query} answered ${response.status}`)
  const slug = ((await response.json()) as Listing).docs[0]?.slug
  if (!slug) throw new Error(`GET /api/${query} found no published document with a slug`)
  return slug
}

/** One page of each type, with real slugs read from the CMS's published content. */
export async function sitePages(cmsUrl: string): Promise<SitePage[]> {
  const [article, condition] = await Promise.all([
    firstSlug(cmsUrl, 'articles?where[type][equals]=research-summary&sort=-publishedAt'),
    firstSlug(cmsUrl, 'conditions?sort=name'),
  ])
  return [
    { type: 'home', path: '/' },
    { type: 'library', path: '/research' },
    { type: 'article', path: `/research/${article}` },
    { type: 'condition', path: `/conditions/${condition}` },
    { type: '404', path: '/no-such-page' },
  ]
}
