import type { CollectionBeforeChangeHook } from 'payload'

import type { Citation } from '@clinic/shared-types'

import { retractionData } from '../fields/retraction'
import { cachedLookup } from '../lookup/service'

/**
 * "Lookup and save": when a citation is created or its PMID or DOI changes, its retraction status
 * comes from the lookup the editor just made (the PostgreSQL cache — a save never waits on NCBI).
 * With no cached lookup for the new identifiers, the old paper's status is cleared rather than left
 * on a different paper; the weekly check fills it in.
 */
export const setRetractionFromLookup: CollectionBeforeChangeHook<Citation> = async ({ data, originalDoc, operation, req }) => {
  const pmid = data.pmid === undefined ? originalDoc?.pmid : data.pmid
  const doi = data.doi === undefined ? originalDoc?.doi : data.doi
  const changed = operation === 'create' || pmid !== originalDoc?.pmid || doi !== originalDoc?.doi
  if (!changed) return data
  const found =
    (pmid ? await cachedLookup(req.payload, `pmid:${pmid}`) : undefined) ??
    (doi ? await cachedLookup(req.payload, `doi:${doi}`) : undefined)
  if (found) return { ...data, ...retractionData(found.retraction, found.fetchedAt) }
  if (operation === 'create') return data
  return { ...data, retractionStatus: 'none', retractionNotices: [], retractionCheckedAt: null }
}
