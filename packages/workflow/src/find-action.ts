import { mayStartFrom, rolesMayTake } from './permissions'
import type { Role } from './roles'
import { STATE_LABELS, type WorkflowState } from './states'
import type { Transition } from './transition'
import { TRANSITIONS } from './transitions'
import { whoMay } from './who-may'
import { lowerFirst } from './wording'

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
