import type { CollectionBeforeChangeHook } from 'payload'

import { claimFindingsFor, type ReviewedCollection } from '../workflow/reviewKinds'

/**
 * The claims check on every save: risky claims in the public text (title, excerpt, body, SEO text; FTC/FDA wording,
 * see @clinic/workflow's CLAIM_RULES), kept on the version so the editor sees where and why, and
 * the publish gate knows which are still open.
 */
export const runClaimsCheckFor =
  (collection: ReviewedCollection): CollectionBeforeChangeHook =>
  ({ data }) => ({ ...data, claimFindings: claimFindingsFor(collection, data) })

export const runClaimsCheck = runClaimsCheckFor('articles')
