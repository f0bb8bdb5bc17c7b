import type { CollectionConfig } from 'payload'

import { ARTICLE_TYPES } from '../../fields/articleTypes'
import { simpleEditor } from '../../fields/richText'
import { withEditorialReview } from '../../review/reviewedCollection'
import { staffOrActive } from './access/staffOrActive'
import { retirePreviousSiteWide } from './hooks/retirePreviousSiteWide'

export const DISCLAIMER_SCOPES = [
  { value: 'site-wide', label: 'Site-wide (footer of every page)' },
  { value: 'condition', label: 'Articles about certain conditions' },
  { value: 'article-type', label: 'Articles of certain types' },
] as const

/**
 * Its text, where it applies, whether it is on and from when are reviewed like an article
 * (review/reviewedCollection): switching the site-wide disclaimer off is a reviewed change too.
 */
// Plugins (src/plugins): shown media, response cache, list size cap, literal like search.
export const Disclaimers: CollectionConfig<'disclaimers'> = withEditorialReview<'disclaimers'>(
  {
    slug: 'disclaimers',
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'scope', 'active', 'effectiveDate', 'workflowState', '_status', 'nextReviewDue'],
      group: 'Content',
    },
    hooks: {
      afterChange: [retirePreviousSiteWide],
    },
    fields: [
      { name: 'title', type: 'text', required: true },
      { name: 'body', type: 'richText', editor: simpleEditor, required: true },
      {
        name: 'scope',
        type: 'select',
        required: true,
        defaultValue: 'site-wide',
        options: [...DISCLAIMER_SCOPES],
        admin: { position: 'sidebar' },
      },
      {
        name: 'conditions',
        type: 'relationship',
        relationTo: 'conditions',
        hasMany: true,
        admin: { position: 'sidebar', condition: (data) => data?.scope === 'condition' },
      },
      {
        name: 'articleTypes',
        type: 'select',
        hasMany: true,
        options: ARTICLE_TYPES,
        admin: { position: 'sidebar', condition: (data) => data?.scope === 'article-type' },
      },
      {
        name: 'active',
        type: 'checkbox',
        defaultValue: true,
        index: true,
        admin: { position: 'sidebar' },
      },
      {
        name: 'effectiveDate',
        type: 'date',
        admin: { position: 'sidebar', description: 'Shown to visitors from this date. Empty: at once.' },
      },
    ],
  },
  staffOrActive,
)
