import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../src/utilities/closePayload'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { startWebhookReceiver } from '../helpers/webhookReceiver'

let t: TestPayload
let second: Payload
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
let WEBHOOK_QUEUE: string
const SECOND = 'second-job-runner'

beforeAll(async () => {
  // The queue is run by the tests, never by the cron.
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  // Imported after startTestPayload has pointed DATABASE_URL (read by src/env.ts) at this file's database.
  ;({ WEBHOOK_QUEUE } = await import('../../src/webhooks/enqueueDeliveries'))
  // Another instance: its own Payload and connection pool on the same database.
  second = await getPayload({ config: t.config, key: SECOND })
  receiver = await startWebhookReceiver()
})
afterAll(async () => {
  await receiver?.stop()
  if (second) await closePayload(second)
  await t?.stop()
})

async function queueDeliveries(count: number) {
  const endpoint = await t.payload.create({
    collection: 'webhook-endpoints',
    data: { url: receiver.url, events: ['published'], secret: 'claims-secret', active: true },
    overrideAccess: true,
  })
  const ids: number[] = []
  for (let i = 0; i < count; i++) {
    const delivery = await t.payload.create({
      collection: 'webhook-deliveries',
      data: { endpoint: endpoint.id, event: 'published', status: 'pending', attempts: 0, body: { n: i } },
      overrideAccess: true,
    })
    await t.payload.jobs.queue({ task: 'deliverWebhook', input: { delivery: delivery.id }, queue: WEBHOOK_QUEUE })
    ids.push(delivery.id)
  }
  return ids
}

describe('two instances running the same queue at the same moment', () => {
  it('run each job exactly once', async () => {
    const ids = await queueDeliveries(12)
    // Both runners claim from the same due jobs at once, as two instances' cron ticks do.
    for (let round = 0; round < 3; round++) {
      await Promise.all([t.payload.jobs.run({ queue: WEBHOOK_QUEUE, limit: 20 }), second.jobs.run({ queue: WEBHOOK_QUEUE, limit: 20 })])
    }
    const perDelivery = new Map<string, number>()
    for (const call of receiver.calls) {
      const id = String(call.headers['x-clinic-delivery'])
      perDelivery.set(id, (perDelivery.get(id) ?? 0) + 1)
    }
    expect(Object.fromEntries(perDelivery)).toEqual(Object.fromEntries(ids.map((id) => [String(id), 1])))

    const { docs } = await t.payload.find({
      collection: 'webhook-deliveries',
      where: { id: { in: ids } },
      pagination: false,
      overrideAccess: true,
    })
    expect(docs.map((delivery) => [delivery.status, delivery.attempts])).toEqual(ids.map(() => ['delivered', 1]))
    // Completed jobs are removed; none is left claimed (processing) or waiting.
    const left = await t.payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: WEBHOOK_QUEUE } },
      pagination: false,
      overrideAccess: true,
    })
    expect(left.docs).toEqual([])
  })
})
