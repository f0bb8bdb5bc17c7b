/*
 * Every decision read from the transition table: may this person take this action now, which
 * action a raw state change is, which buttons to offer, and what happens next.
 */
import { isWorkflowAction, type WorkflowAction } from './actions'
import { mayStartFrom, rolesMayTake, whoMay } from './permissions'
import { ROLE_NAMES_IN_SENTENCES, type Role } from './roles'
import { isWorkflowState, STATE_LABELS, type WorkflowState } from './states'
import type { Transition } from './transition'
import { TRANSITIONS, transitionFor } from './transitions'
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

export type TransitionDecision = { ok: true; to: WorkflowState; transition: Transition } | { ok: false; reason: string }

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
    const allowedFrom = joinInWords(
      transition.from.map((state) => STATE_LABELS[state]),
      'or',
    )
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

export type FoundAction = { ok: true; transition: Transition } | { ok: false; reason: string }

/**
 * Which action moves an article from one state to another for these roles. The CMS
 * uses it to judge a raw state change arriving through any API (REST, GraphQL, Local
 * API), then checks the comment requirement with decideTransition.
 *
 * The normal-path action wins when several fit (an admin moving draft → in_review
 * is "submit", not "resubmit"). Same-state saves are not state changes: the CMS should
 * not call this for them (schedule/unschedule are judged with decideTransition).
 */
export function findActionBetween(from: WorkflowState, to: WorkflowState, roles: readonly Role[]): FoundAction {
  if (from === to) return { ok: false, reason: `The article is already ${STATE_LABELS[to]}; there is nothing to move.` }
  const leadingThere = TRANSITIONS.filter((transition) => transition.to === to)
  const usable = leadingThere.filter((t) => rolesMayTake(t, roles) && mayStartFrom(t, from, roles))
  const best = usable.find((t) => t.from.includes(from)) ?? usable[0]
  if (best) return { ok: true, transition: best }
  return { ok: false, reason: explainMissingMove(from, to, leadingThere) }
}

function explainMissingMove(from: WorkflowState, to: WorkflowState, leadingThere: readonly Transition[]): string {
  const move = `from ${STATE_LABELS[from]} to ${STATE_LABELS[to]}`
  const onPath = leadingThere.find((t) => t.from.includes(from))
  if (!onPath) return `Articles can't move ${move} (only an admin can force that).`
  return `You can't move this article ${move}: only ${whoMay(onPath)} can ${lowerFirst(onPath.label)}.`
}

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

/** States on the way to publication: publish gates are shown (and checked) only in these. */
export const PRE_PUBLICATION_STATES: readonly WorkflowState[] = ['draft', 'in_review', 'changes_requested', 'approved']

export function isPrePublication(state: WorkflowState): boolean {
  return PRE_PUBLICATION_STATES.includes(state)
}

/**
 * What happens next that this person cannot do themselves ("Approve (a medical reviewer)"): every
 * action from `state` not among the ones `offered` to them, with who takes it.
 */
export function nextSteps(state: WorkflowState, offered: ReadonlySet<WorkflowAction>): string[] {
  return TRANSITIONS.filter(
    (transition) => transition.from.includes(state) && !offered.has(transition.action) && transition.roles.length > 0,
  ).map(
    (transition) =>
      `${transition.label} (${joinInWords(
        transition.roles.map((role) => ROLE_NAMES_IN_SENTENCES[role]),
        'or',
      )})`,
  )
}
