import type { GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { admins } from '../../access/admins'
import { refuseRiskyClaims } from './hooks/refuseRiskyClaims'

/** Every clinic detail the site shows comes from here, never from code. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: { group: 'Admin' },
  access: {
    read: anyone,
    update: admins,
  },
  hooks: {
    beforeValidate: [refuseRiskyClaims],
  },
  fields: [
    { name: 'clinicName', type: 'text', required: true },
    { name: 'tagline', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', required: true },
        { name: 'email', type: 'email', required: true },
      ],
    },
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'street', type: 'text' },
        {
          type: 'row',
          fields: [
            { name: 'city', type: 'text' },
            { name: 'region', type: 'text' },
            { name: 'postalCode', type: 'text' },
            { name: 'country', type: 'text', defaultValue: 'US' },
          ],
        },
      ],
    },
    {
      name: 'callToAction',
      type: 'group',
      fields: [
        { name: 'heading', type: 'text', required: true },
        { name: 'text', type: 'textarea', required: true },
        { name: 'buttonLabel', type: 'text', required: true, defaultValue: 'Request information packet' },
      ],
    },
  ],
}
