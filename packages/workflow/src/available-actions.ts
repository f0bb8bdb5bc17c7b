import { rolesMayTake } from './permissions'
import type { Role } from './roles'
import type { WorkflowState } from './states'
import type { Transition } from './transition'
import { TRANSITIONS } from './transitions'

/**
 * The buttons to show: actions on the normal path from this state that these roles may take.
 * Admins see every normal-path button but not their off-path powers (e.g. "Publish now" on a
 * draft): those stay reachable through decideTransition/findActionBetween for fixing stuck
 * content, without cluttering everyday screens.
 * Comment and publish-time requirements aren't checked here; the button collects them.
 */
export function availableActions(state: WorkflowState, roles: readonly Role[]): Transition[] {
  return TRANSITIONS.filter((transition) => transition.from.includes(state) && rolesMayTake(transition, roles))
}
