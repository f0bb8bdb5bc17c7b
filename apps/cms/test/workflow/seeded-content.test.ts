import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@clinic/shared-types'

import { seedDemoContent } from '../../src/seed'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { trail } from './helpers'

let t: TestPayload

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  process.env.SEED_ADMIN_EMAIL = 'seed-admin@example.test'
  process.env.SEED_ADMIN_PASSWORD = 'seed-admin-password'
  t = await startTestPayload()
  await seedDemoContent(t.payload)
})
afterAll(() => t?.stop())

describe('demo content goes through the workflow', () => {
  it('publishes the demo summaries past every gate, with their medical reviewer on show', async () => {
    const { docs } = (await (await t.rest.get('/articles?limit=50')).json()) as { docs: Article[] }
    expect(docs.length).toBeGreaterThanOrEqual(2)
    for (const article of docs) {
      expect(article.workflowState).toBe('published')
      expect(article.reviewerName).toBe('Dr. Elena Marsh (demo reviewer)')
      expect(new Date(article.nextReviewDue!).getTime()).toBeGreaterThan(Date.now())
      const steps = (await trail(t.payload, article.id)).map((entry) => [entry.action, entry.actorName])
      expect(steps).toEqual([
        ['submit', 'Dev Admin'],
        ['approve', 'Dr. Elena Marsh (demo reviewer)'],
        ['publish', 'Dev Admin'],
      ])
    }
  })

  it('leaves the unfinished summary waiting for review', async () => {
    const { docs } = await t.payload.find({
      collection: 'articles',
      where: { _status: { equals: 'draft' } },
      draft: true,
      overrideAccess: true,
    })
    expect(docs.length).toBeGreaterThanOrEqual(1)
    expect(docs.map((doc) => doc.workflowState)).toEqual(docs.map(() => 'in_review'))
  })
})
