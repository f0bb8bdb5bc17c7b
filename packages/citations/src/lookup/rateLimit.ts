/** Time as the client sees it; injectable so tests run on a fake clock. */
export interface Clock {
  /** Milliseconds, monotonic. */
  now(): number
  /** Resolves after `milliseconds`, or rejects with the signal's reason when it aborts first. */
  sleep(milliseconds: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (milliseconds, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason)
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, milliseconds)
      const onAbort = () => {
        clearTimeout(timer)
        reject(signal?.reason)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
    }),
}

/**
 * A token bucket holding one token, refilled at `perSecond`: requests go out at least
 * 1/perSecond apart, so no one-second window ever holds more than `perSecond` of them. (A bucket
 * holding `perSecond` tokens would allow a full burst plus a second's refill, nearly twice the
 * limit within one second: NCBI counts per second, so no burst is allowed.) Requests queue in
 * arrival order.
 */
export class TokenBucket {
  private tokens = 1
  private updatedAt: number
  private queue: Promise<void> = Promise.resolve()

  constructor(
    private readonly perSecond: number,
    private readonly clock: Clock,
  ) {
    this.updatedAt = clock.now()
  }

  /** Waits until a request may be sent, then takes its token. */
  take(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.takeInTurn(signal))
    // The next caller waits for this one's turn whether it succeeded or was aborted.
    this.queue = turn.catch(() => undefined)
    return turn
  }

  private async takeInTurn(signal?: AbortSignal): Promise<void> {
    this.refill()
    if (this.tokens < 1) {
      await this.clock.sleep(((1 - this.tokens) / this.perSecond) * 1000, signal)
      this.refill()
    }
    this.tokens -= 1
  }

  private refill(): void {
    const now = this.clock.now()
    this.tokens = Math.min(1, this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond)
    this.updatedAt = now
  }
}
