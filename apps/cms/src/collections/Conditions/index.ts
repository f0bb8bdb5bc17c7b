import type { CollectionConfig } from 'payload'

import { staffOrPublished } from '../../access/staffOrPublished'
import { articleEditor } from '../../fields/richText'
import { seoMetaField } from '../../fields/seoMeta'
import { slugField } from '../../fields/slug'
import { withEditorialReview } from '../../review/reviewedCollection'
import { openPreviewEndpointFor, previewEndpointFor, previewUrlEndpointFor } from '../Articles/endpoints/preview'
import { previewLinkFor } from '../Articles/preview/previewLink'

export const CONDITION_CATEGORIES = [
  { value: 'neurological', label: 'Neurological' },
  { value: 'autoimmune', label: 'Autoimmune' },
  { value: 'orthopaedic', label: 'Orthopaedic' },
  { value: 'pulmonary', label: 'Pulmonary' },
  { value: 'other', label: 'Other' },
] as const

/** A condition's name, summary, guide and SEO text are reviewed like an article (review/reviewedCollection). */
// Plugins (src/plugins): shown media, response cache, list size cap, literal like search.
export const Conditions: CollectionConfig<'conditions'> = withEditorialReview<'conditions'>(
  {
    slug: 'conditions',
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'category', 'workflowState', '_status', 'nextReviewDue', 'updatedAt'],
      group: 'Content',
      // "Preview" opens the latest draft on the real site's condition page (Articles/endpoints/preview.ts).
      preview: previewLinkFor('conditions'),
    },
    endpoints: [previewEndpointFor('conditions'), previewUrlEndpointFor('conditions'), openPreviewEndpointFor('conditions')],
    defaultPopulate: {
      name: true,
      slug: true,
      category: true,
    },
    fields: [
      { name: 'name', type: 'text', required: true, unique: true },
      {
        name: 'category',
        type: 'select',
        required: true,
        options: [...CONDITION_CATEGORIES],
        admin: { position: 'sidebar' },
      },
      {
        name: 'aliases',
        type: 'array',
        labels: { singular: 'Alias', plural: 'Aliases' },
        admin: {
          description:
            'Other names patients search by: lay names, older names, abbreviations ("Lou Gehrig\'s disease", "ALS"). ' +
            'The library search finds this condition and its research by any of them.',
          initCollapsed: true,
        },
        fields: [{ name: 'alias', type: 'text', required: true, maxLength: 80 }],
      },
      {
        name: 'summary',
        type: 'textarea',
        maxLength: 500,
        admin: { description: 'One or two plain sentences for cards and the overview page.' },
      },
      seoMetaField({ fallback: 'the name and the summary' }),
      { name: 'body', type: 'richText', editor: articleEditor },
      {
        name: 'relatedArticles',
        type: 'join',
        collection: 'articles',
        on: 'conditions',
        defaultSort: '-publishedAt',
        defaultLimit: 12,
        admin: { description: 'Articles that name this condition.' },
      },
      slugField('name'),
    ],
  },
  staffOrPublished,
)
