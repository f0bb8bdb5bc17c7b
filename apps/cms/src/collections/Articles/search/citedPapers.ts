import type { PayloadRequest } from 'payload'

import type { CitedPaper } from './searchTextOf'

type CitationRef = number | { id: number } | null | undefined

function idOf(ref: CitationRef): number | undefined {
  if (typeof ref === 'number') return ref
  return ref?.id
}

/** The titles and authors of the cited papers, in the article's order. */
export async function citedPapers(req: PayloadRequest, citations: CitationRef[] | null | undefined): Promise<CitedPaper[]> {
  const ids = (citations ?? []).map(idOf).filter((id): id is number => id !== undefined)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'citations',
    where: { id: { in: ids } },
    select: { title: true, authors: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}
