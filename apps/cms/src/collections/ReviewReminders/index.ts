import type { CollectionConfig } from 'payload'

import { staff } from '../../access/staff'
import { REVIEWED_COLLECTIONS } from '../Articles/workflow/reviewKinds'

const nobody = () => false

/**
 * One row per review reminder sent: which item, which stage (due soon, overdue), for which review
 * date. Its unique `key` is what makes a reminder go out once: every instance may run the daily
 * task, and the one whose row is stored first sends the e-mail (jobs/sendReviewReminders.ts).
 */
// Plugins (src/plugins): list size cap, literal like search.
export const ReviewReminders: CollectionConfig<'review-reminders'> = {
  slug: 'review-reminders',
  labels: { singular: 'Review reminder', plural: 'Review reminders' },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['title', 'subjectType', 'stage', 'dueDate', 'sentTo', 'createdAt'],
    group: 'Admin',
    description: 'Reminders e-mailed to medical reviewers when a review falls due or is overdue. Written by the CMS only.',
  },
  access: { read: staff, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, admin: { readOnly: true } },
    {
      name: 'subjectType',
      label: 'Kind',
      type: 'select',
      required: true,
      options: REVIEWED_COLLECTIONS.map((value) => ({ value, label: value })),
    },
    { name: 'subjectId', label: 'Document', type: 'number', required: true },
    { name: 'title', type: 'text' },
    {
      name: 'stage',
      type: 'select',
      required: true,
      options: [
        { value: 'due-soon', label: 'Due soon' },
        { value: 'overdue', label: 'Overdue' },
      ],
    },
    { name: 'dueDate', type: 'date', required: true },
    { name: 'sentTo', type: 'text' },
  ],
  timestamps: true,
}
