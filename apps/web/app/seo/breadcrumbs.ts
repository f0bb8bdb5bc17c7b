import type { JsonLdNode } from './jsonLd'

export interface Crumb {
  name: string
  /** A path on this site, "/research". */
  path: string
}

export const breadcrumbId = (pageUrl: string) => `${pageUrl}#breadcrumb`

/** Home › section › page, each with its absolute URL. */
export function breadcrumbList(trail: Crumb[], siteUrl: string, pageUrl: string): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    '@id': breadcrumbId(pageUrl),
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: `${siteUrl}${crumb.path}`,
    })),
  }
}
