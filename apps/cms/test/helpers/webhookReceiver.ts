import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedCall {
  headers: IncomingHttpHeaders
  body: string
}

export type Behaviour = 'ok' | 'fail' | 'hang'

/** A real HTTP receiver on loopback that records what it is sent and answers as told. */
export async function startWebhookReceiver() {
  const calls: ReceivedCall[] = []
  let behaviour: Behaviour = 'ok'
  const hanging = new Set<() => void>()
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      calls.push({ headers: request.headers, body })
      if (behaviour === 'hang') {
        hanging.add(() => response.destroy())
        return
      }
      response.writeHead(behaviour === 'ok' ? 204 : 500).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    calls,
    behave(next: Behaviour) {
      behaviour = next
    },
    async stop() {
      for (const release of hanging) release()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
