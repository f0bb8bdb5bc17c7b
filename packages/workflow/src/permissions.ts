import type { Role } from './roles'
import type { Transition } from './transition'

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
