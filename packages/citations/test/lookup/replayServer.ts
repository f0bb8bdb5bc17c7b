import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

const FIXTURES = new URL('../fixtures/lookup/', import.meta.url)

/** A recorded response body, exactly as stored (see test/fixtures/lookup/SOURCES.md). */
export function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8')
}

export type Reply =
  | { status: number; body?: string; contentType?: string; headers?: Record<string, string> }
  /** Accept the request and never answer: the client's deadline must end it. */
  | 'never'

export interface ReplayServer {
  /** http://127.0.0.1:<port> */
  url: string
  /** Every request received, in order, as path + query. */
  requests: URL[]
  /**
   * Queues replies for requests whose path ends with `pathSuffix`; the last one repeats. A suffix
   * with a query (`/efetch.fcgi?id=9500320`) also needs those parameters, so one server can answer
   * several records (a batch job looking up many papers).
   */
  reply(pathSuffix: string, ...replies: Reply[]): void
  /** Resolves when the server has received its n-th request (1-based). */
  received(count: number): Promise<void>
  close(): Promise<void>
}

function matches(url: URL, suffix: string): boolean {
  const [path = '', query] = suffix.split('?', 2)
  if (!url.pathname.endsWith(path)) return false
  return [...new URLSearchParams(query ?? '')].every(([name, value]) => url.searchParams.get(name) === value)
}

/** A local HTTP server replaying recorded answers of E-utilities, the ID converter and Crossref. */
export async function startReplayServer(): Promise<ReplayServer> {
  const routes = new Map<string, Reply[]>()
  const requests: URL[] = []
  const waiters: Array<{ count: number; resolve: () => void }> = []
  const hanging = new Set<ServerResponse>()

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    requests.push(url)
    for (const waiter of waiters.filter((w) => requests.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1)
      waiter.resolve()
    }
    // The most specific route wins: one naming query parameters before one naming the path alone.
    const route = [...routes.keys()].sort((a, b) => b.length - a.length).find((suffix) => matches(url, suffix))
    const queue = route === undefined ? undefined : routes.get(route)!
    const reply =
      queue === undefined ? { status: 500, body: `no reply queued for ${url.pathname}` } : queue.length > 1 ? queue.shift()! : queue[0]!
    if (reply === 'never') {
      hanging.add(response)
      return
    }
    response.writeHead(reply.status, { 'content-type': reply.contentType ?? 'application/json', ...reply.headers })
    response.end(reply.body ?? '')
  }

  const server: Server = createServer(handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (suffix, ...replies) => routes.set(suffix, replies),
    received: (count) => (requests.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
    close: () =>
      new Promise((resolve) => {
        for (const response of hanging) response.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
