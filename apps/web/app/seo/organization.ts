import type { SiteSetting } from '@clinic/shared-types'

import { compact, type JsonLdNode } from './jsonLd'

export const organizationId = (siteUrl: string) => `${siteUrl}/#organization`

/** The clinic, from the CMS's site settings (never from code), as the publisher of every page. */
export function medicalOrganization(settings: SiteSetting, siteUrl: string): JsonLdNode {
  const address = settings.address
  return compact({
    '@type': 'MedicalOrganization',
    '@id': organizationId(siteUrl),
    name: settings.clinicName,
    url: `${siteUrl}/`,
    description: settings.tagline,
    telephone: settings.phone,
    email: settings.email,
    address:
      address?.street || address?.city
        ? compact({
            '@type': 'PostalAddress',
            streetAddress: address.street,
            addressLocality: address.city,
            addressRegion: address.region,
            postalCode: address.postalCode,
            addressCountry: address.country,
          })
        : undefined,
  })
}
