import { hasRole } from '../../../auth/hasRole'

type MaybeUser = Parameters<typeof hasRole>[0]

/** Publishers and admins publish; the workflow hook still checks state and gates. */
export function mayPublish(user: MaybeUser): boolean {
  return hasRole(user, 'publisher', 'admin')
}

/** Data that would make the article published (create, update or restore of a published version). */
export function asksToPublish(data: unknown): boolean {
  return Boolean(data && typeof data === 'object' && (data as { _status?: unknown })._status === 'published')
}
