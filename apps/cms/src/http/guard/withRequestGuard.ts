import { getPayload, headersWithCors, type SanitizedConfig } from 'payload'

import { callerOf, carryCaller } from '../caller'
import type { RestHandler } from '../types'
import { apiPathOf } from './apiPath'
import { fieldKindsOf } from './fieldKinds'
import { checkQuery, type Refusal } from './checkQuery'
import { LIMITS, tierFor } from './limits'
import { parseQuery } from './parseQuery'
import { unversionedVersionsRequest } from './unversioned'

type Config = Promise<SanitizedConfig> | SanitizedConfig

const BODY_TYPES = ['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded']

/** A refusal in Payload's error shape, with CORS headers so a browser can read the message. */
export async function refusal(request: Request, config: Config, { status, message }: Refusal): Promise<Response> {
  const payload = await getPayload({ config })
  const headers = headersWithCors({
    headers: new Headers({ 'Cache-Control': 'private, no-store' }),
    req: { payload, headers: request.headers },
  })
  return Response.json({ errors: [{ message }] }, { status, headers })
}

/**
 * Bounds every REST request before Payload sees it (limits.ts): URL, query and body sizes, the
 * shape of `where`/`sort`/`select`/`joins`, and, for public callers, which fields they may use.
 * A `POST` with `X-Payload-HTTP-Method-Override: GET` and a form body is turned into the GET it
 * stands for and goes through the same checks and handlers as any GET.
 */
export function withRequestGuard(handler: RestHandler, config: Config, apiRoute: string, get: () => RestHandler): RestHandler {
  return async (incoming, context) => {
    const caller = await callerOf(incoming, config)
    const refuse = (status: Refusal['status'], message: string) => refusal(incoming, config, { status, message })

    const url = new URL(incoming.url)
    const apiPath = apiPathOf(url, apiRoute)
    if (apiPath === null) return refuse(400, 'The path is not valid percent-encoding.')
    const noVersions = await unversionedVersionsRequest(apiPath, config)
    if (noVersions) return refuse(404, noVersions)
    const tier = tierFor(caller.kind, apiPath)
    const limits = LIMITS[tier]
    if (Buffer.byteLength(incoming.url) > limits.urlBytes) return refuse(400, `The URL is longer than ${limits.urlBytes} bytes.`)

    let request = incoming
    if (['POST', 'PATCH', 'PUT'].includes(incoming.method)) {
      const declared = Number(incoming.headers.get('content-length') ?? '0')
      if (declared > limits.bodyBytes) return refuse(413, `The request body is larger than ${limits.bodyBytes} bytes.`)
      const body = await readCapped(incoming, limits.bodyBytes)
      if (body === 'too-large') return refuse(413, `The request body is larger than ${limits.bodyBytes} bytes.`)
      const type = (incoming.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
      if (body.byteLength > 0 && !BODY_TYPES.includes(type)) {
        return refuse(415, `Content-Type ${type || '(none)'} is not accepted; send ${BODY_TYPES.join(', ')}.`)
      }
      const override = incoming.headers.get('x-payload-http-method-override') ?? incoming.headers.get('x-http-method-override')
      if (incoming.method === 'POST' && override?.toUpperCase() === 'GET') {
        if (type !== 'application/x-www-form-urlencoded')
          return refuse(415, 'A method-override GET takes its query as an application/x-www-form-urlencoded body.')
        const search = new TextDecoder().decode(body)
        if (Buffer.byteLength(search) > limits.queryBytes) return refuse(413, `The query is longer than ${limits.queryBytes} bytes.`)
        const joined = new URL(url)
        joined.search = [url.search.slice(1), search].filter(Boolean).join('&')
        const headers = new Headers(incoming.headers)
        for (const name of ['content-type', 'content-length', 'x-payload-http-method-override', 'x-http-method-override'])
          headers.delete(name)
        return get()(carryCaller(incoming, new Request(joined, { method: 'GET', headers })), context)
      }
      request = carryCaller(
        incoming,
        new Request(incoming.url, { method: incoming.method, headers: incoming.headers, body: body.byteLength ? body : null }),
      )
    }

    if (Buffer.byteLength(url.search) > limits.queryBytes) return refuse(400, `The query string is longer than ${limits.queryBytes} bytes.`)
    const query = parseQuery(url.search)
    const problem = checkQuery({ tier, apiPath, query, fields: await fieldKindsOf(config) })
    if (problem) return refuse(problem.status, problem.message)

    // Public callers read published content only; `draft=true` would make Payload read the newest
    // version (a working draft) and then hide it, so a live article vanished from their results.
    if (tier === 'public' && url.searchParams.has('draft') && (request.method === 'GET' || request.method === 'HEAD')) {
      const published = new URL(url)
      published.searchParams.delete('draft')
      request = carryCaller(incoming, new Request(published, { method: request.method, headers: request.headers }))
    }
    return handler(request, context)
  }
}

/** Reads a body, stopping as soon as it exceeds `max` bytes (a missing Content-Length proves nothing). */
async function readCapped(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel()
      return 'too-large'
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}
