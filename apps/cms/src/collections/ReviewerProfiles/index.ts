import type { CollectionConfig } from 'payload'

import { staffFieldOnly } from '../../access/staffFieldOnly'
import { staffOrPublished } from '../../access/staffOrPublished'
import { slugField } from '../../fields/slug'
import { withEditorialReview } from '../../review/reviewedCollection'

/**
 * Who stands behind "Medically reviewed by" (issue 14): the public face of a medical reviewer —
 * name, credentials, specialty, a short bio, a photo — reviewed like any other public text, so a
 * reviewer's credentials are approved by a colleague, never by themselves. The staff account it
 * belongs to is never public: visitors see the profile, not the user.
 */
// Plugins (src/plugins): shown media, response cache, list size cap, literal like search.
export const ReviewerProfiles: CollectionConfig<'reviewer-profiles'> = withEditorialReview<'reviewer-profiles'>(
  {
    slug: 'reviewer-profiles',
    labels: { singular: 'Reviewer profile', plural: 'Reviewer profiles' },
    admin: {
      useAsTitle: 'displayName',
      defaultColumns: ['displayName', 'credentials', 'specialty', 'workflowState', '_status'],
      group: 'Content',
      description: 'The medical reviewers visitors see: an approved review links to the reviewer’s published profile.',
    },
    defaultPopulate: { displayName: true, credentials: true, specialty: true, slug: true },
    fields: [
      {
        name: 'user',
        label: 'Staff account',
        type: 'relationship',
        relationTo: 'users',
        required: true,
        unique: true,
        // Which account is behind a profile is staff business: visitors get the profile alone.
        access: { read: staffFieldOnly },
        admin: { description: 'The medical reviewer this profile presents; their approvals link here.' },
      },
      { name: 'displayName', label: 'Name as shown', type: 'text', required: true, maxLength: 120 },
      {
        type: 'row',
        fields: [
          { name: 'credentials', type: 'text', maxLength: 80, admin: { description: 'e.g. MD, PhD' } },
          { name: 'specialty', type: 'text', maxLength: 120, admin: { description: 'e.g. Pulmonology' } },
        ],
      },
      { name: 'bio', type: 'textarea', maxLength: 1500, admin: { description: 'A short, plain-language introduction.' } },
      { name: 'photo', type: 'upload', relationTo: 'media' },
      slugField('displayName'),
    ],
  },
  staffOrPublished,
)
