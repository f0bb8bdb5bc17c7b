import type autocannon from 'autocannon'

export interface LoadJob {
  baseUrl: string
  paths: string[]
  connections: number
  durationSeconds: number
  warmupSeconds: number
  /**
   * Every request a URL nobody asked for before: `{n}` in a path becomes a counter, and nothing is
   * read ahead, so no response cache can answer (an abuser's requests, not a visitor's).
   */
  unique?: boolean
}

export interface LoadFigures {
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  requests: number
  /** Connection errors and time-outs. */
  errors: number
  non2xx: number
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export function summarise(latencies: number[], result: autocannon.Result): LoadFigures {
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}
