import { normalizeDoi, normalizePmid } from './identifiers'
import type { Citation } from './types'

/**
 * The keys that identify a paper whatever way its identifiers were pasted: a citation with
 * "https://doi.org/10.3389/FIMMU..." and one with "doi: 10.3389/fimmu..." get the same DOI key.
 * Identifiers that are not valid give no key, so they never match by accident.
 */
export function dedupeKeys(c: Partial<Citation>): { doi?: string; pmid?: string } {
  const keys: { doi?: string; pmid?: string } = {}
  if (typeof c !== 'object' || c === null) return keys
  if (typeof c.doi === 'string') {
    const doi = normalizeDoi(c.doi)
    if (doi.ok) keys.doi = doi.value
  }
  if (typeof c.pmid === 'string' || typeof c.pmid === 'number') {
    const pmid = normalizePmid(String(c.pmid))
    if (pmid.ok) keys.pmid = pmid.value
  }
  return keys
}
