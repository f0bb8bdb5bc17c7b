import { describe, expect, it } from 'vitest'
import { backoffMilliseconds, retryAfterMilliseconds, TokenBucket } from '../../src/lookup/index'
import { fakeClock } from './fakeClock'

describe('TokenBucket', () => {
  it('spaces requests 1/perSecond apart', async () => {
    const clock = fakeClock()
    const bucket = new TokenBucket(3, clock)
    const sentAt: number[] = []
    for (let i = 0; i < 6; i += 1) {
      await bucket.take()
      sentAt.push(clock.now())
    }
    expect(sentAt.map(Math.round)).toStrictEqual([0, 333, 667, 1000, 1333, 1667])
  })

  it('never sends more than the limit within any second, whatever the gaps between requests', async () => {
    const clock = fakeClock()
    const bucket = new TokenBucket(10, clock)
    const sentAt: number[] = []
    // Idle gaps of 0-250 ms in a fixed, irregular pattern: bursts, pauses and refills.
    const gaps = [0, 0, 0, 250, 0, 30, 0, 0, 120, 0, 0, 0, 0, 75, 0, 200, 0, 0, 10, 0]
    for (const gap of [...gaps, ...gaps]) {
      clock.time += gap
      await bucket.take()
      sentAt.push(clock.now())
    }
    for (const start of sentAt) {
      expect(sentAt.filter((time) => time >= start && time < start + 1000 - 1e-6).length).toBeLessThanOrEqual(10)
    }
  })

  it('refills while idle', async () => {
    const clock = fakeClock()
    const bucket = new TokenBucket(3, clock)
    await bucket.take()
    clock.time += 400
    await bucket.take()
    expect(clock.waits).toStrictEqual([])
  })

  it('serves concurrent callers one after another, in arrival order', async () => {
    const clock = fakeClock()
    const bucket = new TokenBucket(1, clock)
    const order: number[] = []
    await Promise.all([1, 2, 3].map((caller) => bucket.take().then(() => order.push(caller))))
    expect(order).toStrictEqual([1, 2, 3])
    expect(clock.waits.map(Math.round)).toStrictEqual([1000, 1000])
  })
})

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and ignores anything else', () => {
    expect(retryAfterMilliseconds('2', 0)).toBe(2000)
    expect(retryAfterMilliseconds('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5000)
    expect(retryAfterMilliseconds('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:29:00 GMT'))).toBeUndefined()
    expect(retryAfterMilliseconds('soon', 0)).toBeUndefined()
    expect(retryAfterMilliseconds(null, 0)).toBeUndefined()
  })

  it('backs off 1 s, 2 s, 4 s without one', () => {
    expect([0, 1, 2].map(backoffMilliseconds)).toStrictEqual([1000, 2000, 4000])
  })
})
