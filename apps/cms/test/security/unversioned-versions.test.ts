/**
 * Payload answered 500 ("Something went wrong.") to the versions routes of collections that keep
 * no versions (found by the access probe): they are a 404 naming the reason, for every method.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let t: TestPayload
let admin: RestClient

beforeAll(async () => {
  t = await startTestPayload()
  const user = await createUser(t.payload, ['admin'])
  admin = await t.rest.login(user.email, user.password)
})
afterAll(() => t?.stop())

describe('versions routes of collections without versions', () => {
  it('answer 404 with the reason instead of 500', async () => {
    for (const [method, path] of [
      ['GET', '/users/versions'],
      ['GET', '/users/versions/1'],
      ['POST', '/leads/versions/1'],
      ['GET', '/webhook-endpoints/versions/abc'],
      ['GET', '/media/versions'],
    ] as const) {
      const response = method === 'GET' ? await admin.get(path) : await admin.post(path, {})
      expect(response.status, `${method} ${path}`).toBe(404)
      expect(JSON.stringify(await response.json())).toMatch(/keeps no versions/)
    }
  })

  it('leave the versions of versioned collections alone', async () => {
    expect((await admin.get('/articles/versions?limit=1')).status).toBe(200)
    expect((await t.rest.get('/articles/versions?limit=1')).status).toBe(403)
  })
})
