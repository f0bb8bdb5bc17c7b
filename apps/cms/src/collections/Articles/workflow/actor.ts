import type { PayloadRequest } from 'payload'

import { isRole, type Role } from '@clinic/workflow'

/**
 * Who is asking. A signed-in user acts with their own roles on every path (REST, local API with
 * `user`, jobs run for a user), whatever `overrideAccess` says. Local-API calls without a user
 * (seed, imports, scripts, tests' fixtures) are the system: it may move an article between any
 * states, as an admin may, and approve as server code that imports already-reviewed content, but
 * publishing still has to pass every publish gate. No request from outside is ever the system. A request from
 * outside without a user (anonymous REST) is nobody and may do nothing.
 */
export type Actor =
  | { kind: 'user'; id: number | string; name: string; email?: string; roles: Role[] }
  | { kind: 'system'; name: 'System'; roles: Role[] }
  | { kind: 'anonymous'; name: 'Anonymous'; roles: Role[] }

export function actorFor(req: PayloadRequest): Actor {
  const user = req.user as { id: number | string; name?: string | null; email?: string | null; roles?: unknown } | null | undefined
  if (user) {
    const roles = Array.isArray(user.roles) ? user.roles.filter(isRole) : []
    return { kind: 'user', id: user.id, name: user.name || user.email || `User ${user.id}`, email: user.email ?? undefined, roles }
  }
  if (req.payloadAPI === 'local') return { kind: 'system', name: 'System', roles: ['admin', 'medical-reviewer'] }
  return { kind: 'anonymous', name: 'Anonymous', roles: [] }
}

export function actorId(actor: Actor): number | null {
  return actor.kind === 'user' && typeof actor.id === 'number' ? actor.id : actor.kind === 'user' ? Number(actor.id) : null
}

/**
 * The same request (its transaction included) acting as the system: for a change the CMS makes
 * itself as part of another, already judged change (retiring the old site-wide disclaimer when a
 * publisher publishes its successor). Never built from anything a caller sends.
 */
export function asSystem(req: PayloadRequest): PayloadRequest {
  return Object.assign(Object.create(Object.getPrototypeOf(req) as object) as PayloadRequest, req, {
    user: null,
    payloadAPI: 'local' as const,
  })
}
