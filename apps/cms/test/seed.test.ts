import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemoContent } from '../src/seed'
import { startTestPayload, type TestPayload } from './helpers/testPayload'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
  process.env.SEED_ADMIN_EMAIL = 'seed-admin@example.test'
  process.env.SEED_ADMIN_PASSWORD = 'seed-admin-password'
})
afterAll(() => t?.stop())

describe('demo content', () => {
  it('fills an empty database: admin, settings, disclaimer, conditions and summaries', async () => {
    expect(await seedDemoContent(t.payload)).toBe(true)

    const admin = await t.rest.login('seed-admin@example.test', 'seed-admin-password')
    expect(admin).toBeDefined()

    const published = await (await t.rest.get('/articles?limit=50')).json()
    expect(published.totalDocs).toBeGreaterThanOrEqual(2)
    const staffView = await t.payload.count({ collection: 'articles', overrideAccess: true })
    expect(staffView.totalDocs).toBeGreaterThan(published.totalDocs)

    const settings = await (await t.rest.get('/globals/site-settings')).json()
    expect(settings.phone).toBeTruthy()
    const disclaimers = await (await t.rest.get('/disclaimers?where[scope][equals]=site-wide')).json()
    expect(disclaimers.totalDocs).toBe(1)
    const withCitation = await (await t.rest.get('/articles?limit=1&depth=1')).json()
    expect(withCitation.docs[0].citations[0].doi).toMatch(/^10\./)
  })

  it('does nothing on a database that already has accounts', async () => {
    const before = await t.payload.count({ collection: 'articles', overrideAccess: true })
    expect(await seedDemoContent(t.payload)).toBe(false)
    expect((await t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })
})
