import type { PayloadRequest } from 'payload'

import { dedupeKeys, type Citation as CitationData } from '@clinic/citations'

export interface Twin {
  /** The identifier the two citations share. */
  field: 'doi' | 'pmid'
  id: number
  label: string
  /** Names the existing citation, so the editor can pick it instead. */
  message: string
}

const IDENTIFIER_LABELS = { doi: 'DOI', pmid: 'PMID' } as const

/**
 * Other citations holding this paper's DOI or PMID. Compared normalised, so a pasted
 * "https://doi.org/10.3389/FIMMU…" finds the stored "10.3389/fimmu…". Checked before the unique
 * index fires, because the index can only say "must be unique", not which citation to pick.
 */
export async function findTwins(req: PayloadRequest, citation: Partial<CitationData>, excludeId?: number | string): Promise<Twin[]> {
  const keys = dedupeKeys(citation)
  const fields = (['doi', 'pmid'] as const).filter((field) => keys[field] !== undefined)
  if (fields.length === 0) return []

  const { docs } = await req.payload.find({
    collection: 'citations',
    where: {
      and: [
        { or: fields.map((field) => ({ [field]: { equals: keys[field] } })) },
        ...(excludeId === undefined ? [] : [{ id: { not_equals: excludeId } }]),
      ],
    },
    select: { label: true, doi: true, pmid: true },
    depth: 0,
    limit: 10,
    pagination: false,
    overrideAccess: true,
    req,
  })

  return fields.flatMap((field) => {
    const twin = docs.find((doc) => doc[field] === keys[field])
    if (!twin) return []
    const label = twin.label || `Citation ${twin.id}`
    const message = `A citation with this ${IDENTIFIER_LABELS[field]} already exists: "${label}" (id ${twin.id}). Pick it instead of creating a twin.`
    return [{ field, id: twin.id, label, message }]
  })
}
