import { addDataAndFileToRequest, Forbidden, UnauthorizedError, type Endpoint } from 'payload'

import type { Citation as CitationData } from '@clinic/citations'
import { diffCitation, type FieldDifference, type LookupErrorCode, type LookupResult } from '@clinic/citations/lookup'

import { isStaff } from '../../../auth/hasRole'
import { lookupCitation } from '../lookup/service'

/** What the admin's lookup box sends: the identifier, and what the editor has typed so far. */
export interface LookupRequest {
  identifier: string
  /** The form's current values; `authors` as names or as the form's `{ name }` rows. */
  fields?: Partial<Omit<CitationData, 'authors'>> & { authors?: (string | { name?: string | null })[] }
}

export interface LookupIssue {
  field: 'identifier' | 'fields' | null
  code: LookupErrorCode | 'required' | 'not-configured' | 'invalid'
  message: string
}

export type LookupResponse =
  | {
      ok: true
      identifier: Extract<LookupResult, { ok: true }>['identifier']
      source: Extract<LookupResult, { ok: true }>['source']
      fields: Extract<LookupResult, { ok: true }>['fields']
      retraction: Extract<LookupResult, { ok: true }>['retraction']
      /** Fields where what the editor typed and the source of record disagree, to confirm before overwriting. */
      differences: FieldDifference[]
      cached: boolean
      fetchedAt: string
    }
  | { ok: false; errors: LookupIssue[] }

/**
 * A service that failed is a bad gateway, one that did not answer in time a gateway timeout: the
 * CMS itself is fine, and the editor's message says to try later or type the fields by hand.
 */
const STATUS_OF_ERROR: Readonly<Record<LookupErrorCode, number>> = {
  'invalid-input': 400,
  'not-found': 404,
  unavailable: 502,
  throttled: 502,
  'invalid-response': 502,
  timeout: 504,
}

const MAX_IDENTIFIER_LENGTH = 500

function refuse(status: number, issue: LookupIssue): Response {
  return Response.json({ ok: false, errors: [issue] } satisfies LookupResponse, { status })
}

/** The editor's typed fields as the package compares them, or a message naming what is wrong. */
function pastedFields(value: unknown): { ok: true; fields: Partial<CitationData> } | { ok: false; message: string } {
  if (value === undefined || value === null) return { ok: true, fields: {} }
  if (typeof value !== 'object' || Array.isArray(value))
    return { ok: false, message: '"fields" must be an object of citation fields, e.g. { "title": "…" }.' }
  const { authors, ...rest } = value as Record<string, unknown>
  if (authors !== undefined && authors !== null && !Array.isArray(authors))
    return { ok: false, message: '"fields.authors" must be a list of names.' }
  const names = (Array.isArray(authors) ? authors : [])
    .map((author: unknown) => (author && typeof author === 'object' ? (author as { name?: unknown }).name : author))
    .filter((name): name is string => typeof name === 'string')
  return { ok: true, fields: { ...(rest as Partial<CitationData>), ...(names.length > 0 ? { authors: names } : {}) } }
}

/**
 * POST /api/citations/lookup { identifier, fields? } → { ok: true, identifier, source, fields,
 * retraction, differences, cached, fetchedAt }, or { ok: false, errors } with 400 (no identifier),
 * 404 (no such record), 502 (the service failed or throttled), 504 (it did not answer in time) or
 * 503 (the lookup is not configured). Saves nothing; answers from the PostgreSQL cache when it can.
 */
export const lookupEndpoint: Endpoint = {
  path: '/lookup',
  method: 'post',
  handler: async (req) => {
    // It spends the site's NCBI quota: staff only, like creating a citation.
    if (!req.user) throw new UnauthorizedError(req.t)
    if (!isStaff(req.user)) throw new Forbidden(req.t)

    await addDataAndFileToRequest(req)
    const identifier: unknown = req.data?.identifier
    if (typeof identifier !== 'string' || identifier.trim() === '') {
      return refuse(400, {
        field: 'identifier',
        code: 'required',
        message: '"identifier" is required: a PMID, DOI or PMCID, or a link to one.',
      })
    }
    if (identifier.length > MAX_IDENTIFIER_LENGTH) {
      return refuse(400, {
        field: 'identifier',
        code: 'invalid-input',
        message: `"identifier" is longer than ${MAX_IDENTIFIER_LENGTH} characters: paste just the PMID, DOI or PMCID.`,
      })
    }
    const pasted = pastedFields(req.data?.fields)
    if (!pasted.ok) return refuse(400, { field: 'fields', code: 'invalid', message: pasted.message })

    const outcome = await lookupCitation(req.payload, identifier)
    if (!outcome.ok) {
      if ('disabled' in outcome) return refuse(503, { field: null, code: 'not-configured', message: outcome.disabled })
      const { error } = outcome
      return refuse(STATUS_OF_ERROR[error.code], {
        field: error.code === 'invalid-input' ? 'identifier' : null,
        code: error.code,
        message: error.message,
      })
    }
    return Response.json({
      ok: true,
      identifier: outcome.identifier,
      source: outcome.source,
      fields: outcome.fields,
      retraction: outcome.retraction,
      differences: diffCitation(pasted.fields, outcome.fields),
      cached: outcome.cached,
      fetchedAt: outcome.fetchedAt,
    } satisfies LookupResponse)
  },
}
