import type { Role } from './roles'
import { STAFF_ROLES } from './roles'

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => (roles as string[]).includes(role)))
}

export function isStaff(user: MaybeUser): boolean {
  return hasRole(user, ...STAFF_ROLES)
}
