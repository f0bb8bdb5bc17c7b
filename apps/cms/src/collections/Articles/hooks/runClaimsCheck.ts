import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@clinic/shared-types'

import { claimFindingsOf } from '../workflow/publishGates'

/**
 * The claims check on every save: risky claims in the title, excerpt and body (FTC/FDA wording,
 * see @clinic/workflow's CLAIM_RULES), kept on the version so the editor sees where and why, and
 * the publish gate knows which are still open.
 */
export const runClaimsCheck: CollectionBeforeChangeHook<Article> = ({ data }) => {
  return { ...data, claimFindings: claimFindingsOf(data) }
}
