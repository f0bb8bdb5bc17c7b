interface Versioned {
  _status?: 'draft' | 'published' | null
}

/**
 * Whether a saved document can change what anonymous readers get. A draft of something never
 * published lives only where visitors cannot read it; editors saving such drafts all day must not
 * empty the cache. Anything published before or after the save counts, as does every document of
 * a collection without drafts (citations, conditions, media…), which visitors read as saved.
 */
export function changeAffectsPublicReads(doc: Versioned | undefined, previousDoc: Versioned | undefined): boolean {
  const hasDrafts = doc?._status !== undefined || previousDoc?._status !== undefined
  if (!hasDrafts) return true
  return doc?._status === 'published' || previousDoc?._status === 'published'
}
