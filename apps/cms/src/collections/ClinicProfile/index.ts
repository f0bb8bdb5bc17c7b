import type { CollectionConfig } from 'payload'

import { staff } from '../../access/staff'
import { withEditorialReview } from '../../review/reviewedCollection'
import { keepOneClinicProfile } from './hooks/keepOneClinicProfile'
import { publishToSiteSettings } from './hooks/publishToSiteSettings'

/**
 * The clinic's name, tagline, contact details and call to action: on every page, so reviewed like
 * an article (issue 14). There is one document. Visitors read its published version through the
 * site settings, which only its publishing writes (hooks/publishToSiteSettings.ts); the working
 * draft is staff-only.
 */
const reviewed = withEditorialReview<'clinic-profile'>(
  {
    slug: 'clinic-profile',
    labels: { singular: 'Clinic profile', plural: 'Clinic profiles' },
    admin: {
      useAsTitle: 'clinicName',
      defaultColumns: ['clinicName', 'workflowState', '_status', 'updatedAt'],
      group: 'Content',
      description:
        'What every page shows about the clinic. A change reaches the site when a medical reviewer approved it and a publisher published it.',
    },
    hooks: {
      beforeOperation: [keepOneClinicProfile],
      afterChange: [publishToSiteSettings],
    },
    fields: [
      { name: 'clinicName', type: 'text', required: true, maxLength: 120 },
      { name: 'tagline', type: 'text', maxLength: 200 },
      {
        type: 'row',
        fields: [
          { name: 'phone', type: 'text', required: true, maxLength: 40 },
          { name: 'email', type: 'email', required: true },
        ],
      },
      {
        name: 'address',
        type: 'group',
        fields: [
          { name: 'street', type: 'text', maxLength: 200 },
          {
            type: 'row',
            fields: [
              { name: 'city', type: 'text', maxLength: 100 },
              { name: 'region', type: 'text', maxLength: 100 },
              { name: 'postalCode', type: 'text', maxLength: 20 },
              { name: 'country', type: 'text', maxLength: 2, defaultValue: 'US' },
            ],
          },
        ],
      },
      {
        name: 'callToAction',
        type: 'group',
        fields: [
          { name: 'heading', type: 'text', required: true, maxLength: 120 },
          { name: 'text', type: 'textarea', required: true, maxLength: 600 },
          { name: 'buttonLabel', type: 'text', required: true, maxLength: 60, defaultValue: 'Request information packet' },
        ],
      },
    ],
  },
  staff,
)

// Plugins (src/plugins): response cache, list size cap, literal like search.
export const ClinicProfile: CollectionConfig<'clinic-profile'> = {
  ...reviewed,
  // The one document stays: taking it down would leave pages without a way to reach the clinic.
  access: { ...reviewed.access, delete: () => false },
}
