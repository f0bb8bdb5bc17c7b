/**
 * Issue 15.5: against the production server, the address the leads rate limit counts is the one
 * the connection proves. A client rotating its own X-Forwarded-For is still one client; behind a
 * trusted proxy (TRUST_PROXY) the hop that proxy recorded counts, not what the client wrote before it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type CmsServer, startCmsServer } from '@clinic/test-harness'

import { newsletter } from './support/leads'

let direct: CmsServer
let behindProxy: CmsServer

beforeAll(async () => {
  ;[direct, behindProxy] = await Promise.all([startCmsServer(), startCmsServer({ env: { TRUST_PROXY: '1' } })])
}, 180_000)
afterAll(async () => {
  await Promise.all([direct?.stop(), behindProxy?.stop()])
})

async function submit(server: CmsServer, forwardedFor: string): Promise<number> {
  const response = await fetch(`${server.url}/api/leads/submit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
    body: JSON.stringify(newsletter()),
    signal: AbortSignal.timeout(20_000),
  })
  return response.status
}

describe('the client address the leads rate limit counts', () => {
  it('is the connection, not a header the client writes: the sixth sign-up with a sixth made-up address is refused', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push(await submit(direct, `198.51.100.${i + 1}`))
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
  })

  it('behind one trusted proxy, is the hop the proxy recorded; forged hops before it change nothing', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push(await submit(behindProxy, `10.9.8.${i}, 203.0.113.50`))
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    // Another client behind the same proxy has a limit of its own.
    expect(await submit(behindProxy, '203.0.113.51')).toBe(201)
  })
})
