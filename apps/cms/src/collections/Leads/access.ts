import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from '../../auth/hasRole'

type MaybeUser = PayloadRequest['user']

/**
 * Leads hold health-related personal data, so only a person signed in to the admin (a session,
 * `_strategy: 'local-jwt'`) as admin or marketing sees them. API keys (Payload marks those users
 * `_strategy: 'api-key'`) and any other way of authenticating are refused even for those roles:
 * a key that leaks must not leak patients.
 */
export function isSignedInSession(user: MaybeUser): boolean {
  return Boolean(user && (user as { _strategy?: unknown })._strategy === 'local-jwt')
}

export function canWorkOnLeads(user: MaybeUser): boolean {
  return isSignedInSession(user) && hasRole(user, 'admin', 'marketing')
}

export const leadsTeam: Access = ({ req: { user } }) => canWorkOnLeads(user)

export const leadsAdmins: Access = ({ req: { user } }) => isSignedInSession(user) && hasRole(user, 'admin')

/** Leads are only created by POST /api/leads/submit, which validates everything first. */
export const nobody: Access = () => false

/** Fields only an admin may correct (contact details); marketing changes status only. */
export const adminsOnlyField: FieldAccess = ({ req: { user } }) => isSignedInSession(user) && hasRole(user, 'admin')

export const neverField: FieldAccess = () => false
