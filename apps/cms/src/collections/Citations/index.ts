import type { CollectionConfig } from 'payload'

import { staffOrPublished } from '../../access/staffOrPublished'
import { withEditorialReview } from '../../review/reviewedCollection'
import { lookupEndpoint } from './endpoints/lookup'
import { parseEndpoint } from './endpoints/parse'
import { formattedField } from './fields/formatted'
import { lookupCitationField, pasteCitationField } from './fields/pasteCitation'
import { normalizeIdentifierSearch } from './hooks/normalizeIdentifierSearch'
import { reindexCitingArticles } from './hooks/reindexCitingArticles'
import { setLabel } from './hooks/setLabel'
import { setRetractionFromLookup } from './hooks/setRetractionFromLookup'
import { retractionFields } from './fields/retraction'
import { validateAndNormalize } from './hooks/validateAndNormalize'

/**
 * A cited paper's printed text is reviewed like everything visitors read (review/reviewedCollection):
 * a new citation is approved and published with the article that cites it
 * (Articles/hooks/carryCitationsAlong); a correction to a live one goes through its own review.
 * Visitors read only published citations.
 */
// Plugins (src/plugins): response cache, list size cap, literal like search.
export const Citations: CollectionConfig<'citations'> = withEditorialReview<'citations'>(
  {
    slug: 'citations',
    admin: {
      // The label is what article editors pick from; the drawer's search also matches these fields.
      useAsTitle: 'label',
      defaultColumns: ['label', 'title', 'doi', 'pmid', 'workflowState', '_status'],
      listSearchableFields: ['label', 'title', 'journal', 'doi', 'pmid', 'pmcid'],
      group: 'Content',
    },
    // A citation is one paper: a copy would be a twin, which the duplicate check refuses anyway.
    disableDuplicate: true,
    endpoints: [parseEndpoint, lookupEndpoint],
    hooks: {
      beforeOperation: [normalizeIdentifierSearch],
      beforeValidate: [validateAndNormalize],
      beforeChange: [setLabel, setRetractionFromLookup],
      afterChange: [reindexCitingArticles],
    },
    fields: [
      lookupCitationField,
      pasteCitationField,
      {
        name: 'label',
        type: 'text',
        admin: { readOnly: true, description: 'Made from the authors, journal and year.' },
      },
      formattedField,
      {
        name: 'authors',
        type: 'array',
        required: true,
        minRows: 1,
        labels: { singular: 'Author', plural: 'Authors' },
        admin: {
          description: 'In the paper’s order, as PubMed writes them ("Le Blanc K"). A group author is one entry.',
        },
        fields: [{ name: 'name', type: 'text', required: true }],
      },
      { name: 'title', type: 'text', required: true },
      { name: 'journal', type: 'text', required: true },
      {
        type: 'row',
        fields: [
          { name: 'year', type: 'number', required: true, min: 1800, max: 2100 },
          { name: 'month', type: 'number', min: 1, max: 12 },
          { name: 'day', type: 'number', min: 1, max: 31 },
          {
            name: 'epubDate',
            label: 'Epub date',
            type: 'text',
            admin: { description: 'Published online first: 2024-08-10 (or 2024-08, 2024).' },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'volume', type: 'text' },
          { name: 'issue', type: 'text' },
          { name: 'pages', type: 'text' },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'doi', label: 'DOI', type: 'text', unique: true, index: true },
          { name: 'pmid', label: 'PMID', type: 'text', unique: true, index: true },
          { name: 'pmcid', label: 'PMCID', type: 'text', index: true },
        ],
      },
      { name: 'url', label: 'URL', type: 'text' },
      ...retractionFields,
    ],
  },
  staffOrPublished,
)
