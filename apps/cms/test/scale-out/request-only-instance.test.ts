/**
 * JOBS_AUTORUN=false makes an instance that only serves requests. Payload's crons do two things on
 * each tick: queue the scheduled tasks (writing their bookkeeping to payload_jobs_stats) and run the
 * queue; `shouldAutoRun` only stops the second. An instance told to run no background work must
 * start no crons at all, or it writes on its own in the middle of the requests it serves (the
 * access probe caught one such write during a read, at a quarter past the hour).
 */
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../src/utilities/closePayload'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
})
afterAll(async () => {
  delete process.env.JOBS_AUTORUN
  await t?.stop()
})

describe('an instance with JOBS_AUTORUN=false', () => {
  it('starts no crons, also once REST requests (which ask Payload for its crons) have been served', async () => {
    const response = await t.rest.get('/articles?limit=1')
    expect(response.status).toBe(200)
    expect(t.payload.crons).toHaveLength(0)
  })

  it('while an instance with the default starts one cron per queue it polls', async () => {
    delete process.env.JOBS_AUTORUN
    const runner = await getPayload({ config: t.config, key: 'request-only-instance-runner', cron: true })
    try {
      const queues = runner.crons.length
      expect(queues).toBeGreaterThanOrEqual(5)
    } finally {
      await closePayload(runner)
    }
    expect(runner.crons).toHaveLength(0)
  })
})
