import type { Role, WorkflowAction, WorkflowState } from '../src'

/**
 * The workflow, restated by hand so the tests don't just read the table back.
 * Admins may take any action from any state, except a medical sign-off (approve), which needs a
 * medical reviewer; an admin-only action names 'admin' as its role.
 */
export const NORMAL_PATH: Record<WorkflowAction, { from: WorkflowState[]; to: WorkflowState; roles: Role[] }> = {
  submit: { from: ['draft'], to: 'in_review', roles: ['editor'] },
  request_changes: { from: ['in_review'], to: 'changes_requested', roles: ['medical-reviewer'] },
  resubmit: { from: ['changes_requested'], to: 'in_review', roles: ['editor'] },
  approve: { from: ['in_review'], to: 'approved', roles: ['medical-reviewer'] },
  override_approve: { from: ['in_review'], to: 'approved', roles: ['admin'] },
  publish: { from: ['approved'], to: 'published', roles: ['publisher'] },
  schedule: { from: ['approved'], to: 'approved', roles: ['publisher'] },
  unschedule: { from: ['approved'], to: 'approved', roles: ['publisher'] },
  // Withdrawing an approval (issue 18): the reviewer who approved, or the publisher who finds a problem.
  send_back: { from: ['approved'], to: 'changes_requested', roles: ['medical-reviewer', 'publisher'] },
  unpublish: { from: ['published'], to: 'unpublished', roles: ['publisher'] },
  archive: { from: ['published', 'unpublished'], to: 'archived', roles: ['publisher'] },
  reopen: { from: ['unpublished', 'archived'], to: 'draft', roles: ['editor'] },
}

/** Every single role, plus users holding several. */
export const ROLE_SETS: readonly (readonly Role[])[] = [
  ['admin'],
  ['editor'],
  ['medical-reviewer'],
  ['publisher'],
  ['marketing'],
  ['editor', 'medical-reviewer'],
  ['marketing', 'publisher'],
  ['editor', 'marketing', 'admin'],
  [],
]

/** What the reviewer asks the editor to change; why an admin approved without a review. */
export const NEEDS_A_COMMENT: readonly WorkflowAction[] = ['request_changes', 'override_approve', 'send_back']

/** Only a medical reviewer signs off medically: holding the admin role is not enough. */
export const MEDICAL_SIGN_OFFS: readonly WorkflowAction[] = ['approve']

export function mayTake(roles: readonly Role[], action: WorkflowAction, from: WorkflowState): boolean {
  const rule = NORMAL_PATH[action]
  const admin = roles.includes('admin')
  const holdsOne = rule.roles.some((role) => roles.includes(role))
  if (MEDICAL_SIGN_OFFS.includes(action) && !holdsOne) return false
  if (admin) return true
  return holdsOne && rule.from.includes(from)
}

export const A_COMMENT = 'Please cite the 2019 knee trial for the pain figures.'
export const A_PUBLISH_TIME = '2026-05-01T08:00:00.000Z'
