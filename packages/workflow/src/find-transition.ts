import type { WorkflowAction } from './actions'
import type { Transition } from './transition'
import { TRANSITIONS } from './transitions'

/** The table row for an action. Every action has exactly one row (the tests enforce it). */
export function transitionFor(action: WorkflowAction, table: readonly Transition[] = TRANSITIONS): Transition | undefined {
  return table.find((transition) => transition.action === action)
}
