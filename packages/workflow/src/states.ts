/**
 * The editorial states an article moves through. Order follows the happy path,
 * so UIs can list them in a sensible sequence without re-sorting.
 */
export const WORKFLOW_STATES = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived'] as const

export type WorkflowState = (typeof WORKFLOW_STATES)[number]

/** Words editors see (badges, refusal messages); the ids above are for storage. */
export const STATE_LABELS: Readonly<Record<WorkflowState, string>> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
  unpublished: 'Unpublished',
  archived: 'Archived',
}

/** Narrows values read from the database or an API body, which are only strings. */
export function isWorkflowState(value: unknown): value is WorkflowState {
  return typeof value === 'string' && (WORKFLOW_STATES as readonly string[]).includes(value)
}
