import type { PayloadRequest } from 'payload'

import { dedupeKeys, validateCitation, type Citation } from '@clinic/citations'

export type CitationResult = { kind: 'reused' | 'created'; id: number } | { kind: 'invalid'; problems: string[] }

/** The citation with this DOI or PMID (compared normalised), if the CMS has one. */
export async function findCitation(req: PayloadRequest, citation: Partial<Citation>): Promise<number | undefined> {
  const keys = dedupeKeys(citation)
  const clauses = (['doi', 'pmid'] as const).flatMap((field) => (keys[field] === undefined ? [] : [{ [field]: { equals: keys[field] } }]))
  if (clauses.length === 0) return undefined
  const { docs } = await req.payload.find({
    collection: 'citations',
    where: { or: clauses },
    depth: 0,
    limit: 1,
    select: { label: true },
    overrideAccess: true,
    req,
  })
  return docs[0]?.id
}

/**
 * The summary's source paper: the existing citation with its DOI or PMID, else a new one. Checked
 * with the collection's own rules first, so a citation the CMS would refuse is reported (and the
 * article flagged) instead of failing the whole file.
 */
export async function citationFor(req: PayloadRequest, citation: Citation): Promise<CitationResult> {
  const existing = await findCitation(req, citation)
  if (existing !== undefined) return { kind: 'reused', id: existing }
  const checked = validateCitation(citation)
  if (!checked.ok) return { kind: 'invalid', problems: checked.errors.map((issue) => issue.message) }
  const c = checked.citation
  const doc = await req.payload.create({
    collection: 'citations',
    data: {
      authors: c.authors.map((name) => ({ name })),
      title: c.title,
      journal: c.journal,
      year: c.year,
      month: c.month ?? null,
      day: c.day ?? null,
      epubDate: c.epubDate ?? null,
      volume: c.volume ?? null,
      issue: c.issue ?? null,
      pages: c.pages ?? null,
      doi: c.doi ?? null,
      pmid: c.pmid ?? null,
      pmcid: c.pmcid ?? null,
    },
    overrideAccess: true,
    req,
  })
  return { kind: 'created', id: doc.id }
}
