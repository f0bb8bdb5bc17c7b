import { clientAddressFrom } from '@clinic/leads'
import type { SanitizedConfig } from 'payload'

import { callerOf } from './caller'
import { apiPathOf } from './guard/apiPath'
import type { RestHandler } from './types'

/**
 * How many reads a public caller's requests may have running against PostgreSQL at once on one
 * instance, and how long a further one waits its turn. Reads the response cache answers never get
 * here; these are the misses, each of which may be as heavy as the Limits allow.
 */
export const PUBLIC_READ_GATE = { running: 4, maxWaitMs: 10_000, queuedPerClient: 256 } as const

/** Cheap reads that must stay prompt under load. */
const UNGATED_PATHS = new Set(['/content-generation'])

export class GateRefusal extends Error {
  constructor(
    message: string,
    readonly status: 429 | 503,
  ) {
    super(message)
  }
}

interface Waiter {
  grant(): void
  timer: ReturnType<typeof setTimeout>
}

/**
 * A fixed number of slots, handed out round-robin between clients: a client sending 50 heavy reads
 * at once queues behind itself, not in front of the site's server or another visitor. A waiter
 * gives up after `maxWaitMs` (503); a client with `queuedPerClient` already waiting is refused at
 * once (429). Every wait has a deadline, so nothing queues forever.
 */
export class FairGate {
  private running = 0
  private readonly queues = new Map<string, Waiter[]>()

  constructor(private readonly settings: { running: number; maxWaitMs: number; queuedPerClient: number }) {}

  async run<T>(client: string, work: () => Promise<T>): Promise<T> {
    await this.acquire(client)
    try {
      return await work()
    } finally {
      this.release()
    }
  }

  private acquire(client: string): Promise<void> {
    if (this.running < this.settings.running && this.queues.size === 0) {
      this.running++
      return Promise.resolve()
    }
    const queue = this.queues.get(client) ?? []
    if (queue.length >= this.settings.queuedPerClient) {
      return Promise.reject(
        new GateRefusal(`Too many requests from your address are waiting (${queue.length}); send fewer at a time.`, 429),
      )
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(waiter.timer)
          resolve()
        },
        timer: setTimeout(() => {
          this.remove(client, waiter)
          reject(new GateRefusal(`The server is busy; try again in a moment (waited ${this.settings.maxWaitMs / 1000} s).`, 503))
        }, this.settings.maxWaitMs),
      }
      queue.push(waiter)
      this.queues.set(client, queue)
    })
  }

  private release(): void {
    // Round robin: the client that waited longest for its turn goes next, then moves to the back.
    const next = this.queues.entries().next()
    if (next.done) {
      this.running--
      return
    }
    const [client, queue] = next.value
    const waiter = queue.shift()!
    this.queues.delete(client)
    if (queue.length > 0) this.queues.set(client, queue)
    waiter.grant()
  }

  private remove(client: string, waiter: Waiter): void {
    const queue = this.queues.get(client)
    if (!queue) return
    const index = queue.indexOf(waiter)
    if (index >= 0) queue.splice(index, 1)
    if (queue.length === 0) this.queues.delete(client)
  }
}

/**
 * Public reads (anonymous visitors, API keys, non-staff sessions) that reach Payload — response
 * cache misses and reads the cache does not keep — take a slot of the instance's FairGate, keyed by
 * the client address (the client-address preload has put the trusted hop in X-Forwarded-For), so a
 * flood of heavy but permitted queries holds at most `running` PostgreSQL connections. Staff are
 * never gated: the admin must stay usable under a flood.
 */
export function withPublicReadGate(
  handler: RestHandler,
  config: Promise<SanitizedConfig> | SanitizedConfig,
  apiRoute = '/api',
  gate = new FairGate(PUBLIC_READ_GATE),
): RestHandler {
  return async (request, context) => {
    // The site's instances poll the change counter (one row) to drop stale pages: never queued
    // behind a flood, or a publish would take as long as the flood to show.
    if (UNGATED_PATHS.has(apiPathOf(request.url, apiRoute) ?? '')) return handler(request, context)
    const caller = await callerOf(request, config)
    if (caller.kind === 'staff') return handler(request, context)
    const client = clientAddressFrom(request.headers.get('x-forwarded-for'), 1) ?? 'unknown'
    try {
      return await gate.run(client, () => handler(request, context))
    } catch (error) {
      if (!(error instanceof GateRefusal)) throw error
      return Response.json(
        { errors: [{ message: error.message }] },
        { status: error.status, headers: { 'Retry-After': '1', 'Cache-Control': 'no-store' } },
      )
    }
  }
}
