import type { Payload } from 'payload'

type Pool = { end(): Promise<void>; ended?: boolean; on(event: 'error', listener: () => void): void }

/**
 * `payload.destroy()` leaves the pg pool open, and the adapter keeps one client checked out for
 * its reconnect logic, so `pool.end()` would wait forever. We stop new work and close idle
 * clients; the held one goes when the process exits or its database is dropped.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  await payload.destroy()
  if (!pool || pool.ended) return
  pool.on('error', () => {})
  void pool.end()
}
