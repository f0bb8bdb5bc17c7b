import type { Access } from 'payload'

import { isStaff } from '../../../auth/hasRole'
import { mayPublish } from './mayPublish'

/** Deleting a live article takes it off the site, so only those who may unpublish can; staff delete the rest. */
export const deleteArticles: Access = ({ req: { user } }) => {
  if (!isStaff(user)) return false
  if (mayPublish(user)) return true
  return { _status: { not_equals: 'published' } }
}
