import type { Payload } from 'payload'

import type { Principal } from './fixture'
import { type MarkerRegistry, markersIn } from './markers'
import { expectedRule, FIELD_WRITERS, type Rule } from './oracle'
import type { Outcome, ProbeRequest } from './request'
import { type RowWrite, touchedDocs } from './writeLog'

export interface Finding {
  kind: 'leak' | 'unauthorized-write'
  request: ProbeRequest
  rule: Rule
  detail: string
}

const READ_KINDS = new Set(['find', 'findByID', 'count', 'findVersions', 'findVersionByID', 'readGlobal'])

export function isRead(request: ProbeRequest): boolean {
  return (
    READ_KINDS.has(request.kind) ||
    (request.kind === 'endpoint' && request.http?.method === 'GET' && request.endpoint !== 'payload-jobs.run')
  )
}

/** Markers the request itself carried: echoing them back tells the caller nothing new. */
export function sentMarkers(request: ProbeRequest): Set<string> {
  return markersIn(JSON.stringify({ data: request.data, body: request.http?.body }))
}

/**
 * Leaks: a marker this caller may not see anywhere in the answer; an answer to a `where` on such a
 * marker that is not empty (the secret's existence); any document from a read the oracle refuses;
 * someone else's account from an own-only read.
 */
export function checkLeaks(request: ProbeRequest, rule: Rule, outcome: Outcome, principal: Principal, markers: MarkerRegistry): Finding[] {
  const findings: Finding[] = []
  const leak = (detail: string) => findings.push({ kind: 'leak', request, rule, detail })
  const forbidden = markers.forbiddenIn(outcome.text, request.role, principal.userId, sentMarkers(request))
  if (forbidden.length > 0) {
    const kinds = forbidden.map((m) => `${markers.get(m)?.kind}:${m}`).join(', ')
    leak(`answer (${outcome.status}) shows ${kinds}: …${excerpt(outcome.text, forbidden[0]!)}…`)
  }
  if (request.whereMarker && outcome.ok && outcome.docCount > 0 && !markers.maySee(request.whereMarker, request.role, principal.userId)) {
    leak(`filtering on a hidden ${markers.get(request.whereMarker)?.kind} marker found ${outcome.docCount} document(s)`)
  }
  if (isRead(request) && rule === 'deny' && outcome.ok && outcome.docCount > 0) {
    leak(`a refused read answered ${outcome.status} with ${outcome.docCount} document(s)`)
  }
  if (isRead(request) && rule === 'own' && request.collection === 'users' && outcome.ok) {
    const others = outcome.ids.filter((id) => id !== principal.userId)
    if (others.length > 0) leak(`an own-account read returned other accounts ${others.join(', ')}`)
  }
  return findings
}

export interface WriteContext {
  /** The probe read the database to build this context (its reads must not count as the request's writes). */
  probed?: boolean
  /** For `own` / `unpublished` rules: the documents this caller may change (main-table ids as text). */
  allowedIds?: Set<string>
  /** Protected field values before the request, per document id. */
  before?: Map<string, Record<string, unknown>>
}

/**
 * Unauthorized writes: any row written by a request the oracle refuses (reads included: a read
 * writes nothing), rows of documents outside what an own/unpublished rule allows, a protected field
 * changed by someone who may not set it, and a refused endpoint that answered with success.
 */
export async function checkWrites(
  payload: Payload,
  request: ProbeRequest,
  rule: Rule,
  outcome: Outcome,
  writes: RowWrite[],
  context: WriteContext,
): Promise<Finding[]> {
  const findings: Finding[] = []
  const bad = (detail: string) => findings.push({ kind: 'unauthorized-write', request, rule, detail })
  const summary = () => [...new Set(writes.map((w) => `${w.op} ${w.table}`))].join(', ')
  if (isRead(request)) {
    if (writes.length > 0 && !readMayWrite(request)) bad(`a read wrote ${writes.length} row(s): ${summary()}`)
    return findings
  }
  if (rule === 'deny' && request.operation === 'publish' && request.collection === 'articles' && writes.length > 0) {
    // The save may still be allowed as a draft (the local API's `draft: true` saves a draft whatever
    // `_status` says): what must not happen is a published version by someone who may not publish.
    const asDraft = expectedRule(request.role, 'articles', request.kind === 'create' ? 'create' : 'update')
    if (asDraft !== 'deny') {
      for (const id of touchedDocs(writes, 'articles')) {
        const latest = await payload.findVersions({
          collection: 'articles',
          where: { parent: { equals: id } },
          sort: '-updatedAt',
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
        if (latest.docs[0]?.version?._status === 'published') bad(`article ${id} was published by ${request.role}, who may not publish`)
      }
      return findings
    }
  }
  if (rule === 'deny') {
    if (writes.length > 0) bad(`refused, but ${writes.length} row(s) were written (${outcome.status}): ${summary()}`)
    else if (request.kind === 'endpoint' && outcome.ok) bad(`refused endpoint answered ${outcome.status}`)
    return findings
  }
  // (An own create makes the caller's own document: Payload fills the owner from the request.)
  if ((rule === 'own' || rule === 'unpublished') && context.allowedIds && request.kind !== 'create') {
    const outside = [...touchedDocs(writes, request.collection)].filter((id) => !context.allowedIds!.has(id))
    if (outside.length > 0) bad(`${rule}: documents ${outside.join(', ')} changed`)
  }
  const writers = FIELD_WRITERS[request.collection]
  if (writers && context.before && request.protectedFields?.length) {
    for (const [id, before] of context.before) {
      const after = await payload.findByID({
        collection: request.collection as 'users',
        id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      if (!after) continue
      for (const field of request.protectedFields) {
        if (writers[field]?.includes(request.role)) continue
        const now = (after as unknown as Record<string, unknown>)[field]
        if (JSON.stringify(now) !== JSON.stringify(before[field])) bad(`${request.collection} ${id}: ${field} changed by ${request.role}`)
      }
    }
  }
  return findings
}

/** Logging in refreshes a session; nothing else a read does may write. */
function readMayWrite(_request: ProbeRequest): boolean {
  return false
}

function excerpt(text: string, marker: string): string {
  const at = text.toLowerCase().indexOf(marker)
  return text.slice(Math.max(0, at - 80), at + marker.length + 40).replace(/\s+/g, ' ')
}
