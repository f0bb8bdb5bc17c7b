import type { CollectionConfig } from 'payload'

import { STATE_LABELS, WORKFLOW_STATES } from '@clinic/workflow'

import { staff } from '../../access/staff'
import { REVIEWED_COLLECTIONS } from '../Articles/workflow/reviewKinds'
import { EVENT_KINDS } from './kinds'

const nobody = () => false

/**
 * The editorial trail of articles and every other reviewed kind: every state change (who, when, from, to, comment) and the
 * comment thread, one row each. A collection of its own rather than an array on the article:
 * it is append-only and lives outside the article's versions, so restoring an old version,
 * publishing or a bulk edit can never rewrite or drop history, and nobody can forge an entry
 * through the API (only the CMS's own hooks and endpoint write here, with overrideAccess).
 */
// Plugins (src/plugins): list size cap, literal like search.
export const WorkflowEvents: CollectionConfig<'workflow-events'> = {
  slug: 'workflow-events',
  labels: { singular: 'Workflow event', plural: 'Workflow events' },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['articleTitle', 'action', 'from', 'to', 'actorName', 'createdAt'],
    group: 'Admin',
    description: 'The editorial trail of every article. Written by the workflow only.',
  },
  access: {
    read: staff,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  defaultSort: '-createdAt',
  fields: [
    // Not required: the trail outlives a deleted article (the reference is emptied, the title kept).
    { name: 'article', type: 'relationship', relationTo: 'articles', index: true },
    // Every reviewed kind (articles, conditions, disclaimers) has its trail here.
    {
      name: 'subjectType',
      label: 'Kind',
      type: 'select',
      defaultValue: 'articles',
      options: REVIEWED_COLLECTIONS.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1) })),
    },
    { name: 'subjectId', label: 'Document', type: 'number', index: true },
    { name: 'articleTitle', label: 'Title', type: 'text', admin: { description: 'The title when this happened.' } },
    { name: 'action', type: 'select', required: true, index: true, options: EVENT_KINDS.map(({ value, label }) => ({ value, label })) },
    { name: 'from', type: 'select', options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })) },
    { name: 'to', type: 'select', options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })) },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      admin: { description: 'Empty when the CMS itself acted (seed, import, a job without a user).' },
    },
    { name: 'actorName', type: 'text', required: true },
    { name: 'comment', type: 'textarea' },
    { name: 'summary', type: 'text', admin: { hidden: true } },
  ],
  timestamps: true,
}
