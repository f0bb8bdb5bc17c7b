/** Everything a user can ask the workflow to do; each has exactly one row in TRANSITIONS. */
export const WORKFLOW_ACTIONS = [
  'submit',
  'request_changes',
  'resubmit',
  'approve',
  'override_approve',
  'publish',
  'schedule',
  'unschedule',
  'send_back',
  'unpublish',
  'archive',
  'reopen',
] as const

export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

export function isWorkflowAction(value: unknown): value is WorkflowAction {
  return typeof value === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(value)
}
