import type { Access, Where } from 'payload'

import { isStaff } from '../../../auth/hasRole'

/**
 * Staff see every redirect; everyone else (the site, visitors, API keys) only those whose target
 * is live: a redirect to a draft waits, unseen, until its article or condition is published, and
 * stops applying the moment it is unpublished. A site path is always live (drafts cannot be
 * named by path: see hooks/validateRedirect).
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
