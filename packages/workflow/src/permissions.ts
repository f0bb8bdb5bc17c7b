import type { WorkflowAction } from './actions'
import type { Role } from './roles'
import { ROLE_NAMES_IN_SENTENCES } from './roles'
import type { Transition } from './transition'
import { transitionFor } from './transitions'
import { joinInWords, lowerFirst } from './wording'

/** Admins can do anything so they can unstick content the normal path can't move. */
export function isAdmin(roles: readonly Role[]): boolean {
  return roles.includes('admin')
}

/**
 * Whether any of the user's roles is allowed to take this action (state aside). Admins may take
 * any action except a medical sign-off, which needs the listed role itself.
 */
export function rolesMayTake(transition: Transition, roles: readonly Role[]): boolean {
  if (roles.some((role) => transition.roles.includes(role))) return true
  return isAdmin(roles) && !transition.medicalSignOff
}

/** Whether the action may start from this state: the normal path, or anywhere for an admin. */
export function mayStartFrom(transition: Transition, from: Transition['from'][number], roles: readonly Role[]): boolean {
  return isAdmin(roles) || transition.from.includes(from)
}

/** Whether these roles may ever take this action (whatever the state): the CMS offers and refuses by it. */
export function mayTakeAction(action: WorkflowAction, roles: readonly Role[]): boolean {
  const transition = transitionFor(action)
  return transition !== undefined && rolesMayTake(transition, roles)
}

/** Why these roles may never take this action ("Only a publisher or an admin can publish now."), or null. */
export function whoMayRefusal(action: WorkflowAction, roles: readonly Role[]): string | null {
  const transition = transitionFor(action)
  if (!transition) return `“${action}” has no rule in the workflow table.`
  return rolesMayTake(transition, roles) ? null : `Only ${whoMay(transition)} can ${lowerFirst(transition.label)}.`
}

/** Accepting a claims-check finding vouches for medical wording: a medical reviewer's call, or an admin's. */
export const CLAIM_ACCEPTERS: readonly Role[] = ['medical-reviewer', 'admin']

export function mayAcceptClaimFindings(roles: readonly Role[]): boolean {
  return roles.some((role) => CLAIM_ACCEPTERS.includes(role))
}

export function claimAcceptanceRefusal(roles: readonly Role[]): string | null {
  return mayAcceptClaimFindings(roles) ? null : 'Only a medical reviewer or an admin can accept a claims-check finding.'
}

/** The publication date and author of approved or live content: what visitors see of it, so a publisher's act. */
export const PUBLICATION_DETAIL_EDITORS: readonly Role[] = ['publisher', 'admin']

export function publicationDetailsRefusal(roles: readonly Role[], names: string): string | null {
  return roles.some((role) => PUBLICATION_DETAIL_EDITORS.includes(role))
    ? null
    : `Only a publisher or an admin can change the ${names} of approved or published content.`
}

/** "an editor or an admin": admins can act on every row but a medical sign-off, so refusals name them last. */
export function whoMay(transition: Transition): string {
  const roles = transition.medicalSignOff ? transition.roles : [...transition.roles, 'admin' as const]
  return joinInWords(
    roles.map((role) => ROLE_NAMES_IN_SENTENCES[role]),
    'or',
  )
}
