/**
 * Issue 15: a flood of heavy but permitted anonymous reads holds at most a few PostgreSQL
 * connections per instance, shares them fairly between clients, and every wait has a deadline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FairGate, GateRefusal } from '../../src/http/publicReadGate'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** A unit of work the test finishes when it chooses (no timers). */
function deferred() {
  let finish!: () => void
  const done = new Promise<void>((resolve) => (finish = resolve))
  return { done, finish }
}

describe('the fair gate', () => {
  it('runs at most its number of slots at once and hands the next slot round-robin between clients', async () => {
    const gate = new FairGate({ running: 1, maxWaitMs: 60_000, queuedPerClient: 10 })
    const started: string[] = []
    const works = new Map<string, ReturnType<typeof deferred>>()
    const enqueue = (client: string, name: string) => {
      const work = deferred()
      works.set(name, work)
      return gate.run(client, async () => {
        started.push(name)
        await work.done
      })
    }
    const runs = [enqueue('flood', 'flood-1'), enqueue('flood', 'flood-2'), enqueue('flood', 'flood-3'), enqueue('visitor', 'visitor-1')]
    await expect.poll(() => started.length).toBe(1)
    expect(started).toEqual(['flood-1'])
    // Each finished slot goes to the client that has waited longest for its turn.
    for (const [finished, next] of [
      ['flood-1', 'flood-2'],
      ['flood-2', 'visitor-1'],
      ['visitor-1', 'flood-3'],
    ] as const) {
      works.get(finished)!.finish()
      await expect.poll(() => started.at(-1)).toBe(next)
      expect(started.length).toBe(started.indexOf(next) + 1)
    }
    works.get('flood-3')!.finish()
    await Promise.all(runs)
    expect(started).toEqual(['flood-1', 'flood-2', 'visitor-1', 'flood-3'])
  })

  it('refuses a client with too many waiting at once (429), and a wait past its deadline (503)', async () => {
    const gate = new FairGate({ running: 1, maxWaitMs: 200, queuedPerClient: 1 })
    const hold = deferred()
    const holding = gate.run('a', () => hold.done)
    const waiting = gate.run('b', async () => 'ran')
    const refused = await gate.run('b', async () => 'ran').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(GateRefusal)
    expect((refused as GateRefusal).status).toBe(429)
    const timedOut = await waiting.catch((error: unknown) => error)
    expect((timedOut as GateRefusal).status).toBe(503)
    hold.finish()
    await holding
    // The slot is free again: the next read runs at once.
    expect(await gate.run('b', async () => 'ran')).toBe('ran')
  })
})

describe('public reads over REST', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startTestPayload()
  })
  afterAll(() => t?.stop())

  it('queue rather than fail when one client sends many uncached reads at once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, n) => t.rest.get(`/articles?where[title][like]=nothing-${n}&limit=100&depth=2`)),
    )
    expect(responses.map((response) => response.status)).toEqual(Array.from({ length: 30 }, () => 200))
  })
})
