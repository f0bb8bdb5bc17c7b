import type { Payload } from 'payload'

import type { Principal } from './fixture'
import { type Outcome, type ProbeRequest, toQuery } from './request'

type AnyArgs = Record<string, unknown>

/** Runs a request over REST (the real route handlers) or the local API with `overrideAccess: false`. */
export async function execute(payload: Payload, principal: Principal, request: ProbeRequest): Promise<Outcome> {
  return request.transport === 'rest' ? viaRest(principal, request) : viaLocal(payload, principal, request)
}

async function viaRest(principal: Principal, r: ProbeRequest): Promise<Outcome> {
  const { method, path, body } = restCall(r)
  const client = principal.rest
  const response =
    method === 'GET'
      ? await client.get(path)
      : method === 'POST'
        ? await client.post(path, body ?? {})
        : method === 'PATCH'
          ? await client.patch(path, body ?? {})
          : await client.delete(path)
  const text = await response.text()
  return { ok: response.ok, status: response.status, text, ...countDocs(text) }
}

function restCall(r: ProbeRequest): { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string; body?: unknown } {
  if (r.http) return r.http
  const c = `/${r.collection}`
  const read = { where: r.where, select: r.select, depth: r.depth, draft: r.draft, limit: r.limit }
  switch (r.kind) {
    case 'find':
      return { method: 'GET', path: c + toQuery(read) }
    case 'findByID':
      return { method: 'GET', path: `${c}/${r.id}${toQuery({ select: r.select, depth: r.depth, draft: r.draft })}` }
    case 'count':
      return { method: 'GET', path: `${c}/count${toQuery({ where: r.where, draft: r.draft })}` }
    case 'findVersions':
      return { method: 'GET', path: `${c}/versions${toQuery({ where: r.where, depth: r.depth, limit: r.limit })}` }
    case 'findVersionByID':
      return { method: 'GET', path: `${c}/versions/${r.id}${toQuery({ depth: r.depth })}` }
    case 'restoreVersion':
      return { method: 'POST', path: `${c}/versions/${r.id}${toQuery({ draft: r.draft })}`, body: {} }
    case 'create':
      return { method: 'POST', path: c + toQuery({ draft: r.draft, depth: r.depth }), body: r.data }
    case 'updateByID':
      return { method: 'PATCH', path: `${c}/${r.id}${toQuery({ draft: r.draft, depth: r.depth })}`, body: r.data }
    case 'updateWhere':
      return { method: 'PATCH', path: c + toQuery({ where: r.where ?? {}, draft: r.draft, depth: r.depth }), body: r.data }
    case 'deleteByID':
      return { method: 'DELETE', path: `${c}/${r.id}` }
    case 'deleteWhere':
      return { method: 'DELETE', path: c + toQuery({ where: r.where ?? {} }) }
    case 'readGlobal':
      return { method: 'GET', path: `/globals/${r.collection}${toQuery({ depth: r.depth, draft: r.draft })}` }
    case 'updateGlobal':
      return { method: 'POST', path: `/globals/${r.collection}`, body: r.data }
    case 'endpoint':
      throw new Error('endpoint requests carry their own http call')
  }
}

async function viaLocal(payload: Payload, principal: Principal, r: ProbeRequest): Promise<Outcome> {
  const base: AnyArgs = { collection: r.collection, overrideAccess: false, user: principal.localUser, depth: r.depth ?? 0 }
  const p = payload as unknown as Record<string, (args: AnyArgs) => Promise<unknown>>
  try {
    let result: unknown
    switch (r.kind) {
      case 'find':
        result = await p.find!({ ...base, where: r.where, select: r.select, draft: r.draft, limit: r.limit })
        break
      case 'findByID':
        result = await p.findByID!({ ...base, id: r.id, select: r.select, draft: r.draft, disableErrors: true })
        break
      case 'count':
        result = await p.count!({ collection: r.collection, overrideAccess: false, user: principal.localUser, where: r.where })
        break
      case 'findVersions':
        result = await p.findVersions!({ ...base, where: r.where, limit: r.limit })
        break
      case 'findVersionByID':
        result = await p.findVersionByID!({ ...base, id: r.id, disableErrors: true })
        break
      case 'restoreVersion':
        result = await p.restoreVersion!({ ...base, id: r.id, draft: r.draft })
        break
      case 'create':
        result = await p.create!({ ...base, data: r.data ?? {}, draft: r.draft })
        break
      case 'updateByID':
        result = await p.update!({ ...base, id: r.id, data: r.data ?? {}, draft: r.draft })
        break
      case 'updateWhere':
        result = await p.update!({ ...base, where: r.where ?? {}, data: r.data ?? {}, draft: r.draft })
        break
      case 'deleteByID':
        result = await p.delete!({ ...base, id: r.id })
        break
      case 'deleteWhere':
        result = await p.delete!({ ...base, where: r.where ?? {} })
        break
      case 'readGlobal':
        result = await payload.findGlobal({
          slug: r.collection as 'site-settings',
          overrideAccess: false,
          user: principal.localUser as never,
          depth: r.depth,
          draft: r.draft,
        })
        break
      case 'updateGlobal':
        result = await payload.updateGlobal({
          slug: r.collection as 'site-settings',
          overrideAccess: false,
          user: principal.localUser as never,
          data: r.data ?? {},
        })
        break
      case 'endpoint':
        throw new Error('endpoints are REST only')
    }
    const text = JSON.stringify(result ?? null)
    const bulkErrors = (result as { errors?: unknown[] } | null)?.errors
    const ok =
      result !== null &&
      result !== undefined &&
      !(Array.isArray(bulkErrors) && bulkErrors.length > 0 && ((result as { docs?: unknown[] }).docs?.length ?? 0) === 0)
    return { ok, status: ok ? 200 : 404, text, ...countDocs(text) }
  } catch (error) {
    const e = error as { status?: number; message?: string; data?: unknown }
    return { ok: false, status: e.status ?? 500, text: `${e.message ?? String(error)} ${safeJson(e.data)}`, docCount: 0, ids: [] }
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value ?? null)
  } catch {
    return ''
  }
}

/** How many documents an answer holds: a list's docs (or totalDocs for a count), or one document. */
export function countDocs(text: string): { docCount: number; ids: (number | string)[] } {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { docCount: text.length > 0 ? 1 : 0, ids: [] }
  }
  if (!body || typeof body !== 'object') return { docCount: 0, ids: [] }
  const b = body as {
    docs?: { id?: number | string }[]
    totalDocs?: number
    id?: number | string
    doc?: { id?: number | string }
    errors?: unknown[]
  }
  if (Array.isArray(b.docs))
    return {
      docCount: Math.max(b.docs.length, b.totalDocs ?? 0),
      ids: b.docs.map((d) => d?.id).filter((id) => id !== undefined) as (number | string)[],
    }
  if (typeof b.totalDocs === 'number') return { docCount: b.totalDocs, ids: [] }
  if (b.doc?.id !== undefined) return { docCount: 1, ids: [b.doc.id] }
  if (b.id !== undefined) return { docCount: 1, ids: [b.id] }
  return { docCount: 0, ids: [] }
}
