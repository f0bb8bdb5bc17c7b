import { decideTransition, type TransitionDecision } from './decide'
import { findActionBetween } from './find-action'
import type { Role } from './roles'
import type { WorkflowState } from './states'

export interface StateChange {
  from: WorkflowState
  to: WorkflowState
  roles: readonly Role[]
  comment?: string | null
  publishAt?: Date | string | null
}

/**
 * One call for a CMS hook that sees only "state was X, now Y": finds the action that
 * makes that move, then applies every rule of that action (e.g. the required comment).
 */
export function judgeStateChange(change: StateChange): TransitionDecision {
  const found = findActionBetween(change.from, change.to, change.roles)
  if (!found.ok) return found
  return decideTransition({ ...change, action: found.transition.action })
}
