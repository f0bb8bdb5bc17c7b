import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPublishedArticle } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(() => t?.stop())

async function generation(): Promise<number> {
  const response = await t.rest.get('/content-generation')
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toBe('private, no-store')
  return ((await response.json()) as { generation: number }).generation
}

describe('GET /api/content-generation (what site instances poll to drop stale pages)', () => {
  it('moves forward when public content changes, and only then', async () => {
    const before = await generation()
    expect(await generation()).toBe(before)
    await createPublishedArticle(t.payload, { title: 'Moves the generation' })
    expect(await generation()).toBeGreaterThan(before)
  })

  it('refuses parameters it does not understand, naming them', async () => {
    const response = await t.rest.get('/content-generation?junk=1')
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('junk')
  })
})
