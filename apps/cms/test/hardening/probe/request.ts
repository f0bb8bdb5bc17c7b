import type { Where } from 'payload'

import type { Operation, ProbeCollection, ProbeEndpoint } from './oracle'
import type { ProbeRole, Transport } from './roles'

export const REQUEST_KINDS = [
  'find',
  'findByID',
  'count',
  'findVersions',
  'findVersionByID',
  'create',
  'updateByID',
  'updateWhere',
  'deleteByID',
  'deleteWhere',
  'restoreVersion',
  'readGlobal',
  'updateGlobal',
  'endpoint',
] as const
export type RequestKind = (typeof REQUEST_KINDS)[number]

/** One generated request: what it asks, of which collection, as whom, over which transport. */
export interface ProbeRequest {
  n: number
  role: ProbeRole
  transport: Transport
  kind: RequestKind
  collection: ProbeCollection
  /** What the oracle is asked about (publish = a save that would make an article live). */
  operation: Operation
  endpoint?: ProbeEndpoint
  id?: number | string
  where?: Where
  select?: Record<string, true>
  depth?: number
  draft?: boolean
  limit?: number
  data?: Record<string, unknown>
  /** For endpoints: the REST call. */
  http?: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string; body?: unknown }
  /** A planted marker the `where` filters on: the answer must not reveal whether it exists. */
  whereMarker?: string
  /** Protected fields this update tries to set, to compare afterwards. */
  protectedFields?: string[]
}

/** What came back, normalised across REST and the local API. */
export interface Outcome {
  ok: boolean
  status: number
  text: string
  /** Documents in the answer (list length, totalDocs, or 1 for a single document). */
  docCount: number
  ids: (number | string)[]
}

/** `where[a][b]=c` query strings as Payload's REST API reads them (qs-style brackets). */
export function toQuery(params: Record<string, unknown>): string {
  const parts: string[] = []
  const walk = (prefix: string, value: unknown) => {
    if (value === undefined) return
    if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value as Record<string, unknown>)) walk(prefix ? `${prefix}[${key}]` : key, inner)
      return
    }
    parts.push(`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`)
  }
  walk('', params)
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}
