import type { Access, Where } from 'payload'

import { isStaff } from '../../../auth/hasRole'

/**
 * Staff see every redirect; everyone else (the site, visitors, API keys) only those whose target
 * is live: a redirect to a draft waits, unseen, until its article or condition is published, and
 * stops applying the moment it is unpublished. A site path is always live (drafts cannot be
 * named by path: see hooks/validateRedirect).
 *
 * "Live" here is the target's main row being published, the row visitors read. A working draft of
 * a live article is saved to the versions table only (Payload writes no main row for a draft save),
 * so its main row stays published and its old address keeps answering; the articles list's `live`
 * flag exists because that list reads the newest version, whose status is the draft's.
 */
export const readPublishedTargets: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const live: Where = {
    or: [
      { toType: { equals: 'path' } },
      { and: [{ toType: { equals: 'article' } }, { 'toArticle._status': { equals: 'published' } }] },
      { and: [{ toType: { equals: 'condition' } }, { 'toCondition._status': { equals: 'published' } }] },
    ],
  }
  return live
}
