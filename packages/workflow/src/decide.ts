import { isWorkflowAction, type WorkflowAction } from './actions'
import { transitionFor } from './find-transition'
import { mayStartFrom, rolesMayTake } from './permissions'
import type { Role } from './roles'
import { isWorkflowState, STATE_LABELS, type WorkflowState } from './states'
import type { Transition } from './transition'
import { whoMay } from './who-may'
import { joinInWords, lowerFirst } from './wording'

export interface TransitionRequest {
  from: WorkflowState
  action: WorkflowAction
  roles: readonly Role[]
  comment?: string | null
  /** Only `schedule` reads it: when the article should go live. */
  publishAt?: Date | string | null
  /** What is being moved, for refusals ("this condition is Draft"); an article unless said. */
  noun?: string
}

export type TransitionDecision =
  | { ok: true; to: WorkflowState; transition: Transition }
  | { ok: false; reason: string }

/**
 * Whether this user may take this action now, and where it leads.
 * Checks run in the order an editor can act on: who, then from where, then what's missing.
 */
export function decideTransition(request: TransitionRequest): TransitionDecision {
  const { from, action, roles } = request
  // The CMS passes values straight from requests, so the types can't be trusted at runtime.
  if (!isWorkflowAction(action)) return refuse(`“${String(action)}” isn't a workflow action.`)
  if (!isWorkflowState(from)) return refuse(`“${String(from)}” isn't a workflow state.`)
  const transition = transitionFor(action)
  if (!transition) return refuse(`“${action}” has no rule in the workflow table.`)

  if (!rolesMayTake(transition, roles)) return refuse(`Only ${whoMay(transition)} can ${lowerFirst(transition.label)}.`)
  if (!mayStartFrom(transition, from, roles)) {
    const allowedFrom = joinInWords(transition.from.map((state) => STATE_LABELS[state]), 'or')
    return refuse(`“${transition.label}” is only possible from ${allowedFrom}; this ${request.noun ?? 'article'} is ${STATE_LABELS[from]}.`)
  }
  if (transition.requiresComment && !hasText(request.comment)) {
    return refuse(`“${transition.label}” needs a comment telling the editor what to change.`)
  }
  if (transition.requiresPublishAt && !isValidDate(request.publishAt)) {
    return refuse(`“${transition.label}” needs a valid publish date and time.`)
  }
  return { ok: true, to: transition.to, transition }
}

function refuse(reason: string): TransitionDecision {
  return { ok: false, reason }
}

function hasText(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim().length > 0
}

function isValidDate(value: Date | string | null | undefined): boolean {
  if (value === null || value === undefined || value === '') return false
  return !Number.isNaN(new Date(value).getTime())
}
