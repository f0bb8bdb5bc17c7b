import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import { createPublishedArticle } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

/** Issue 15 item 7: a matching If-None-Match answers 304 for every caller, never a 500. */
let t: TestPayload
const clients: Record<string, () => RestClient> = {}
let articleId: number

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  articleId = (await createPublishedArticle(t.payload)).id
  const apiKey = randomUUID()
  await t.payload.create({
    collection: 'users',
    data: {
      email: `key-${apiKey}@example.test`,
      password: 'pw-marketing-1',
      name: 'Marketing',
      roles: ['marketing'],
      enableAPIKey: true,
      apiKey,
    },
    overrideAccess: true,
  })
  const editor = await createUser(t.payload, ['editor'])
  const marketing = await createUser(t.payload, ['marketing'])
  const staff = await t.rest.login(editor.email, editor.password)
  const marketingSession = await t.rest.login(marketing.email, marketing.password)
  Object.assign(clients, {
    anonymous: () => t.rest,
    'API key': () => t.rest.withHeaders({ Authorization: `users API-Key ${apiKey}` }),
    'staff session': () => staff,
    'marketing session': () => marketingSession,
  })
})
afterAll(() => t?.stop())

describe.each(['anonymous', 'API key', 'staff session', 'marketing session'])('as %s', (who) => {
  it.each(['/articles?limit=5', `/articles/ID`, '/articles?limit=5&draft=true', `/articles/ID?draft=true`, '/globals/site-settings'])(
    'GET %s with a matching If-None-Match answers 304',
    async (template) => {
      const path = template.replace('ID', String(articleId))
      const client = clients[who]!()
      const first = await client.get(path)
      expect(first.status).toBe(200)
      const etag = first.headers.get('etag')!
      expect(etag).toMatch(/^"/)
      const again = await client.get(path, { 'If-None-Match': etag })
      expect(again.status).toBe(304)
      expect(await again.text()).toBe('')
      expect((await client.get(path, { 'If-None-Match': '"other"' })).status).toBe(200)
    },
  )
})
