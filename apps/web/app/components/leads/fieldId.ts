import type { LeadKind, SubmissionField } from '@clinic/leads'

/** Ids unique per form, so a label, its field and its message find each other. */
export const fieldId = (kind: LeadKind, field: SubmissionField | 'website') => `${kind}-${field}`
export const errorId = (kind: LeadKind, field: SubmissionField) => `${fieldId(kind, field)}-error`
