import type { CollectionConfig } from 'payload'

import { staff } from '../../access/staff'
import { staffOrPublished } from '../../access/staffOrPublished'
import { ARTICLE_TYPES } from '../../fields/articleTypes'
import { articleEditor } from '../../fields/richText'
import { seoMetaField } from '../../fields/seoMeta'
import { slugField } from '../../fields/slug'
import { articlePreviewEndpoint, openPreviewEndpoint, previewUrlEndpoint } from './endpoints/preview'
import { searchEndpoint } from './endpoints/search'
import { importFields } from './fields/importNote'
import { searchTextField } from './fields/searchText'
import { buildSearchText } from './hooks/buildSearchText'
import { populatePublishedAt } from './hooks/populatePublishedAt'
import { articlePreviewLink } from './preview/previewLink'
// Editorial workflow (see hooks/enforceWorkflow.ts)
import { createArticles } from './access/createArticles'
import { deleteArticles } from './access/deleteArticles'
import { updateArticles } from './access/updateArticles'
import { changesSinceReviewEndpoint, workflowActionEndpoint, workflowStatusEndpoint } from './endpoints/workflow'
import { ONE_PUBLISH_CONTROL } from './components/onePublishControl'
import { readingLevelField, workflowFields, workflowHistoryField, workflowPanelField } from './fields/workflow'
import { captureSaveOptions } from './hooks/captureSaveOptions'
import { carryCitationsAlong } from './hooks/carryCitationsAlong'
import { enforceWorkflow } from './hooks/enforceWorkflow'
import { manageScheduledPublish } from './hooks/manageScheduledPublish'
import { notifyAuthor } from './hooks/notifyAuthor'
import { notifyReviewers } from './hooks/notifyReviewers'
import { recordTransition } from './hooks/recordTransition'
import { runClaimsCheck } from './hooks/runClaimsCheck'

export const EXCERPT_MAX_LENGTH = 300

// Plugins (src/plugins): webhook events, shown media, response cache, list size cap, literal like search.
export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'workflowState', '_status', 'nextReviewDue', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'excerpt'],
    // "Preview" in the edit view opens the latest draft on the real site (see endpoints/preview.ts).
    preview: articlePreviewLink,
    group: 'Content',
    components: {
      beforeListTable: ['/collections/Articles/components/WorkflowListFilters#WorkflowListFilters'],
      edit: {
        ...ONE_PUBLISH_CONTROL,
      },
    },
  },
  access: {
    create: createArticles,
    delete: deleteArticles,
    read: staffOrPublished,
    readVersions: staff,
    update: updateArticles,
  },
  defaultPopulate: {
    title: true,
    slug: true,
    type: true,
    excerpt: true,
    publishedAt: true,
  },
  versions: {
    // Scheduling is the workflow's own "Schedule publishing" action and job (jobs/publishScheduledArticle),
    // which re-checks the gates and keeps the trail; Payload's built-in schedule drawer would skip both.
    drafts: true,
    maxPerDoc: 100,
  },
  endpoints: [
    searchEndpoint,
    articlePreviewEndpoint,
    previewUrlEndpoint,
    openPreviewEndpoint,
    workflowStatusEndpoint,
    workflowActionEndpoint,
    changesSinceReviewEndpoint,
  ],
  hooks: {
    beforeOperation: [captureSaveOptions],
    // enforceWorkflow first: it decides what the save becomes before anything derives from it.
    beforeChange: [enforceWorkflow, runClaimsCheck, populatePublishedAt, buildSearchText],
    // carryCitationsAlong last: it saves the cited papers, after this article's own trail and notices.
    afterChange: [recordTransition, manageScheduledPublish, notifyReviewers, notifyAuthor, carryCitationsAlong],
  },
  fields: [
    workflowPanelField,
    readingLevelField,
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'research-summary',
      options: ARTICLE_TYPES,
      admin: { position: 'sidebar' },
    },
    {
      name: 'excerpt',
      type: 'textarea',
      maxLength: EXCERPT_MAX_LENGTH,
      admin: {
        description: `Plain text for cards and search results, at most ${EXCERPT_MAX_LENGTH} characters.`,
      },
    },
    seoMetaField({ fallback: 'the title and the excerpt' }),
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
    },
    {
      name: 'body',
      type: 'richText',
      editor: articleEditor,
    },
    {
      name: 'citations',
      type: 'relationship',
      relationTo: 'citations',
      hasMany: true,
      admin: {
        description:
          'In order. For a research summary the first is the paper it summarises. Search by DOI, PMID, title or label before creating a new one.',
        // The drawer lists label, title, DOI and PMID and searches all of them (the plain select
        // searches the label only), so editors find the existing citation instead of a twin.
        appearance: 'drawer',
        allowCreate: true,
      },
    },
    {
      name: 'conditions',
      type: 'relationship',
      relationTo: 'conditions',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'disclaimers',
      type: 'relationship',
      relationTo: 'disclaimers',
      hasMany: true,
      admin: {
        position: 'sidebar',
        description: 'Extra disclaimers for this article. The site-wide disclaimer always applies.',
      },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      defaultValue: ({ user }) => user?.id,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    slugField('title'),
    searchTextField,
    ...importFields,
    ...workflowFields,
    workflowHistoryField,
  ],
}
