import type { LookupConfig } from './config'
import { lookupErrors, type LookupService } from './errors'
import { systemClock, type Clock, type TokenBucket } from './rateLimit'

/** What the client needs from the outside world; tests replace the clock, production uses the defaults. */
export interface HttpDependencies {
  fetch: typeof fetch
  clock: Clock
  /** Wall-clock milliseconds, for Retry-After given as an HTTP date. */
  wallNow: () => number
}

export const defaultHttpDependencies: HttpDependencies = {
  fetch: (input, init) => fetch(input, init),
  clock: systemClock,
  wallNow: () => Date.now(),
}

/** When a 429 carries no usable Retry-After: 1 s, then 2 s, 4 s … */
export function backoffMilliseconds(attempt: number): number {
  return 1000 * 2 ** attempt
}

/**
 * Retry-After as RFC 9110 defines it: a number of seconds or an HTTP date. Anything else (or a
 * date in the past) gives undefined, and the caller falls back to its own backoff.
 */
export function retryAfterMilliseconds(header: string | null, wallNow: number): number | undefined {
  const value = header?.trim()
  if (!value) return undefined
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  if (Number.isNaN(date)) return undefined
  const wait = date - wallNow
  return wait >= 0 ? wait : undefined
}

export interface HttpAnswer {
  status: number
  text: string
}

/**
 * GETs `url` from one service: waits for a rate-limit token, gives each request its own deadline
 * (AbortSignal.timeout), retries a 429 after its Retry-After up to `maxRetries` times as long as
 * the wait ends before `deadline` (the whole lookup's), and turns every failure into a typed
 * LookupError. 2xx and 404 are returned; the caller knows what a 404 means for its request.
 */
export async function getFromService(
  service: LookupService,
  url: URL,
  options: {
    bucket: TokenBucket
    config: Pick<LookupConfig, 'timeoutMs' | 'maxRetries'>
    deps: HttpDependencies
    /** Absolute time on deps.clock by which the whole lookup must be done. */
    deadline: number
    headers?: Record<string, string>
  },
): Promise<HttpAnswer> {
  const { bucket, config, deps, deadline } = options
  for (let attempt = 0; ; attempt += 1) {
    const remaining = deadline - deps.clock.now()
    if (remaining <= 0) throw lookupErrors.timeout(service, config.timeoutMs)
    await bucket.take()
    const requestTimeout = Math.min(config.timeoutMs, Math.max(1, deadline - deps.clock.now()))
    let status: number
    let text: string
    let retryAfter: string | null
    try {
      const response = await deps.fetch(url, {
        headers: { accept: 'application/json, application/xml;q=0.9, */*;q=0.1', ...options.headers },
        signal: AbortSignal.timeout(requestTimeout),
        redirect: 'follow',
      })
      status = response.status
      retryAfter = response.headers.get('retry-after')
      // The body is read under the same deadline: a server that sends headers and then stalls times out too.
      text = await response.text()
    } catch (error) {
      if (isTimeout(error)) throw lookupErrors.timeout(service, requestTimeout)
      throw lookupErrors.unavailable(service, 'no connection')
    }
    if (status === 429) {
      const wait = retryAfterMilliseconds(retryAfter, deps.wallNow()) ?? backoffMilliseconds(attempt)
      if (attempt >= config.maxRetries || deps.clock.now() + wait >= deadline) throw lookupErrors.throttled(service)
      await deps.clock.sleep(wait)
      continue
    }
    if ((status >= 200 && status < 300) || status === 404) return { status, text }
    throw lookupErrors.unavailable(service, `HTTP ${status}`)
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
}
