import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type * as RetentionModule from '../../src/collections/Leads/jobs/deleteExpiredLeads'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createCondition, leadsByEmail, newsletter, packet, query, requester } from './support/leads'

let t: TestPayload
let api: ReturnType<typeof requester>
let conditionId: number
// Imported once the test database is set: src/env reads DATABASE_URL when first imported.
let retention: typeof RetentionModule
const LEADS_QUEUE = 'leads'

const DAY = 24 * 3600 * 1000

beforeAll(async () => {
  t = await startTestPayload()
  retention = await import('../../src/collections/Leads/jobs/deleteExpiredLeads')
  api = requester(t.config)
  conditionId = (await createCondition(t)).id
})
afterAll(() => t?.stop())

/** A lead submitted through the endpoint, then aged by rewriting its createdAt in the database. */
async function leadAged(days: number, body: Record<string, unknown>, newsletterStatus?: 'pending' | 'confirmed' | 'unsubscribed') {
  expect((await api.json(body)).status).toBe(201)
  const [lead] = await leadsByEmail(t.payload, String(body.email))
  const createdAt = new Date(Date.now() - days * DAY).toISOString()
  await t.payload.db.updateOne({
    collection: 'leads',
    id: lead!.id,
    data: { createdAt, ...(newsletterStatus ? { newsletterStatus } : {}) },
  })
  return lead!.id
}

async function remainingIds(ids: number[]) {
  const { docs } = await t.payload.find({ collection: 'leads', where: { id: { in: ids } }, overrideAccess: true, depth: 0, limit: 100 })
  return docs.map((d) => d.id).sort((a, b) => a - b)
}

describe('lead retention', () => {
  it('is a daily scheduled task on its own queue', async () => {
    expect(retention.LEADS_QUEUE).toBe(LEADS_QUEUE)
    expect(retention.deleteExpiredLeadsTask.schedule).toEqual([{ cron: '30 3 * * *', queue: LEADS_QUEUE }])
    const jobs = t.payload.config.jobs
    expect(jobs.tasks?.map((task) => task.slug)).toContain('deleteExpiredLeads')
    const { JOB_CRONS } = await import('../../src/jobs')
    expect(JOB_CRONS.map((entry) => entry.queue)).toContain(LEADS_QUEUE)
  })

  it('deletes, when the queued job runs, only leads past LEADS_RETENTION_DAYS — keeping confirmed subscriptions', async () => {
    process.env.LEADS_RETENTION_DAYS = '30'
    try {
      const expired = [
        await leadAged(31, packet(conditionId)),
        await leadAged(400, newsletter(), 'pending'),
        await leadAged(45, newsletter(), 'unsubscribed'),
      ]
      const kept = [
        await leadAged(29, packet(conditionId)),
        await leadAged(0, packet(conditionId)),
        await leadAged(400, newsletter(), 'confirmed'),
        await leadAged(1, newsletter(), 'pending'),
      ]
      // A stale rate-limit counter goes too.
      await query(
        t.payload,
        sql`insert into "rate_limit_hits" ("key", "window_start", "count") values ('submit:stale', now() - interval '3 days', 9)`,
      )

      const job = await t.payload.jobs.queue({ task: 'deleteExpiredLeads', queue: LEADS_QUEUE, input: {} })
      // The task's output is checked through its handler's result; a completed job is deleted.
      const outcome = await t.payload.jobs.run({ queue: LEADS_QUEUE })
      expect(outcome.jobStatus?.[String(job.id)]).toEqual({ status: 'success' })

      expect(await remainingIds([...expired, ...kept])).toEqual([...kept].sort((a, b) => a - b))
      expect(await query(t.payload, sql`select 1 from "rate_limit_hits" where "key" = 'submit:stale'`)).toEqual([])
    } finally {
      delete process.env.LEADS_RETENTION_DAYS
    }
  })

  it('measures age against the clock it is given, defaulting to 365 days', async () => {
    const id = await leadAged(200, packet(conditionId))
    expect((await retention.deleteExpiredLeads(t.payload)).deleted).toBe(0)
    expect(await remainingIds([id])).toEqual([id])
    const result = await retention.deleteExpiredLeads(t.payload, { now: new Date(Date.now() + 166 * DAY) })
    expect(result.deleted).toBeGreaterThanOrEqual(1)
    expect(await remainingIds([id])).toEqual([])
  })
})
