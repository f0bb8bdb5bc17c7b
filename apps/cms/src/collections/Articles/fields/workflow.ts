import type { Field, FieldAccess, UIField } from 'payload'

import { STATE_LABELS, WORKFLOW_STATES } from '@clinic/workflow'

import { staffFieldOnly } from '../../../access/staffFieldOnly'

/** Workflow fields are written by the workflow hook alone; the API can't set them (see hooks/enforceWorkflow). */
const onlyTheWorkflow: FieldAccess = () => false
const workflowWritten = { create: onlyTheWorkflow, update: onlyTheWorkflow }
const staffOnly = { read: staffFieldOnly, ...workflowWritten }

/** State, actions, unmet gates and claim findings: first thing in the sidebar. */
export const workflowPanelField: UIField = {
  name: 'workflowPanel',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/collections/Articles/components/WorkflowPanel#WorkflowPanel' },
  },
}

/** The excerpt's and body's reading grade against the type's target, under the panel (guidance only). */
export const readingLevelField: UIField = {
  name: 'readingLevel',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/collections/Articles/components/ReadingLevel#ReadingLevel' },
  },
}

/** The trail and the editorial comment thread, under the article. */
export const workflowHistoryField: UIField = {
  name: 'workflowHistory',
  type: 'ui',
  admin: {
    components: { Field: '/collections/Articles/components/WorkflowHistory#WorkflowHistory' },
  },
}

export const workflowFields: Field[] = [
  {
    name: 'workflowState',
    label: 'Workflow state',
    type: 'select',
    // Not `required`: the workflow hook always sets it, and callers never supply it.
    defaultValue: 'draft',
    index: true,
    options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
    access: workflowWritten,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Changes only through the workflow actions at the top of this column.',
    },
  },
  {
    // A published version is on the site, whatever the working copy's state: lists filter on it,
    // so a live article with a working draft still counts as published (issue 18).
    name: 'live',
    label: 'On the site',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    access: { read: staffFieldOnly, ...workflowWritten },
    admin: { position: 'sidebar', readOnly: true, description: 'A published version is what visitors read now.' },
  },
  {
    type: 'collapsible',
    label: 'Medical review',
    admin: { position: 'sidebar', initCollapsed: false },
    fields: [
      {
        name: 'reviewerName',
        type: 'text',
        access: workflowWritten,
        admin: { readOnly: true, description: 'Who approved this version (shown on the site).' },
      },
      {
        // The approving reviewer's published profile at the time of approval: the site links
        // "Medically reviewed by" to it, without ever seeing the staff account behind it.
        name: 'reviewerProfile',
        type: 'relationship',
        relationTo: 'reviewer-profiles',
        access: workflowWritten,
        admin: { readOnly: true },
      },
      {
        name: 'reviewedBy',
        type: 'relationship',
        relationTo: 'users',
        access: staffOnly,
        admin: { readOnly: true },
      },
      {
        name: 'reviewedAt',
        type: 'date',
        access: workflowWritten,
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'nextReviewDue',
        type: 'date',
        index: true,
        access: workflowWritten,
        admin: {
          readOnly: true,
          description: 'Filter the list on “Next review due is less than <today>” for overdue reviews.',
        },
      },
    ],
  },
  {
    name: 'approvedByOverride',
    label: 'Approved by admin override',
    type: 'checkbox',
    access: { read: staffFieldOnly, ...workflowWritten },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Approved without a medical review (the reason is in the trail). The site does not call it reviewed.',
      condition: (data) => Boolean(data?.approvedByOverride),
    },
  },
  {
    // Four eyes (@clinic/workflow fourEyes.ts): who changed the reviewed content since its last
    // review, so none of them can approve it.
    name: 'contributors',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    access: staffOnly,
    admin: { hidden: true },
  },
  {
    type: 'collapsible',
    label: 'Scheduled publishing',
    admin: { position: 'sidebar', condition: (data) => Boolean(data?.scheduledPublishAt) },
    fields: [
      {
        name: 'scheduledPublishAt',
        type: 'date',
        access: { read: staffFieldOnly, ...workflowWritten },
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'scheduledBy',
        type: 'relationship',
        relationTo: 'users',
        access: staffOnly,
        admin: { readOnly: true },
      },
    ],
  },
  {
    name: 'claimFindings',
    type: 'json',
    access: staffOnly,
    admin: { hidden: true },
  },
  {
    name: 'acceptedClaims',
    label: 'Accepted claim findings',
    type: 'array',
    access: staffOnly,
    admin: {
      readOnly: true,
      initCollapsed: true,
      description: 'Findings of the claims check a medical reviewer accepted, with their justification.',
      condition: (data) => Array.isArray(data?.acceptedClaims) && data.acceptedClaims.length > 0,
    },
    fields: [
      { name: 'key', type: 'text', required: true },
      { name: 'ruleId', type: 'text', required: true },
      { name: 'match', type: 'text' },
      { name: 'justification', type: 'textarea', required: true },
      { name: 'acceptedBy', type: 'relationship', relationTo: 'users' },
      { name: 'acceptedByName', type: 'text' },
      { name: 'acceptedAt', type: 'date', required: true },
    ],
  },
]
