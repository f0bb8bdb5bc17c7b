import { addDataAndFileToRequest, Forbidden, type Endpoint } from 'payload'

import { parseCitation, type Citation as CitationData, type CitationIssue } from '@clinic/citations'

import { isStaff } from '../../../auth/hasRole'
import { findTwins } from '../findTwins'

/** What the paste box sends. */
export interface ParseRequest {
  text: string
}

/** What it gets back; `duplicates` are existing citations with the same DOI or PMID. */
export type ParseResponse =
  | {
      ok: true
      citation: CitationData
      warnings: CitationIssue[]
      duplicates: { field: 'doi' | 'pmid'; id: number; label: string }[]
    }
  | { ok: false; errors: CitationIssue[] }

/**
 * POST /api/citations/parse { text } → { ok: true, citation, warnings, duplicates } or
 * { ok: false, errors } (422). Saves nothing: the admin's paste box fills the form with the result
 * for the editor to review. A citation that already exists is reported as a warning here, so the
 * editor can pick it before typing anything.
 */
export const parseEndpoint: Endpoint = {
  path: '/parse',
  method: 'post',
  handler: async (req) => {
    // Only people who may create citations need it; it is not a public parsing service.
    if (!isStaff(req.user)) throw new Forbidden(req.t)

    await addDataAndFileToRequest(req)
    const text: unknown = req.data?.text
    if (typeof text !== 'string' || text.trim() === '') {
      const errors: CitationIssue[] = [{ field: null, code: 'required', message: 'Nothing to read: paste a citation from PubMed first.' }]
      return Response.json({ ok: false, errors } satisfies ParseResponse, { status: 400 })
    }

    const result = parseCitation(text)
    if (!result.ok) return Response.json(result satisfies ParseResponse, { status: 422 })

    const twins = await findTwins(req, result.citation)
    const twinWarnings: CitationIssue[] = twins.map((twin) => ({
      field: twin.field,
      code: 'already-exists',
      message: twin.message,
    }))
    return Response.json({
      ok: true,
      citation: result.citation,
      warnings: [...twinWarnings, ...result.warnings],
      duplicates: twins.map(({ field, id, label }) => ({ field, id, label })),
    } satisfies ParseResponse)
  },
}
