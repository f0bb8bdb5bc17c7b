import type { PayloadRequest } from 'payload'

/** Bodies larger than this are refused unread: the longest valid submission is far smaller. */
export const MAX_BODY_BYTES = 16 * 1024

export class BodyTooLarge extends Error {}

/** The request body as text, reading no more than `limit` bytes. */
export async function readBodyText(req: PayloadRequest, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > limit) throw new BodyTooLarge()
  if (!req.body) return ''
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw new BodyTooLarge()
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

export function mediaType(req: PayloadRequest): string {
  return (req.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
}

export function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}

/** 303 See Other: the browser follows it with a GET, so reloading the page never re-posts the form. */
export function seeOther(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store', ...headers } })
}
