import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser, type TestUser } from '../helpers/users'

// A sign-in that lasts four seconds (read when the config loads, as in a deployment).
const LIFETIME_SECONDS = 4
process.env.SESSION_LIFETIME_SECONDS = String(LIFETIME_SECONDS)

let t: TestPayload
let editor: TestUser

beforeAll(async () => {
  t = await startTestPayload()
  editor = await createUser(t.payload, ['editor'])
})
afterAll(() => t?.stop())

async function login(): Promise<{ token: string; exp: number }> {
  const response = await t.rest.post('/users/login', { email: editor.email, password: editor.password })
  expect(response.status).toBe(200)
  const body = (await response.json()) as { token: string; exp: number }
  return body
}

/** Who the CMS takes the bearer of `token` to be (null: nobody). */
async function whoIs(token: string): Promise<string | null> {
  const response = await t.rest.get('/users/me', { Authorization: `JWT ${token}` })
  const body = (await response.json()) as { user: { email: string } | null }
  return body.user?.email ?? null
}

describe('a session lasts SESSION_LIFETIME_SECONDS, then the token is refused', () => {
  it('issues tokens that expire after the configured lifetime', async () => {
    const before = Math.floor(Date.now() / 1000)
    const { token, exp } = await login()
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number; iat: number }
    expect(claims.exp - claims.iat).toBe(LIFETIME_SECONDS)
    expect(exp).toBe(claims.exp)
    expect(claims.iat).toBeGreaterThanOrEqual(before)
  })

  it('refuses a token past its expiry, for reading who one is and for anything only staff may do', async () => {
    const { token, exp } = await login()
    const bearer = { Authorization: `JWT ${token}` }
    expect(await whoIs(token)).toBe(editor.email)
    expect((await t.rest.get('/citations?limit=1&draft=true', bearer)).status).toBe(200)

    // The real condition: the clock passes the token's expiry.
    await expect.poll(() => whoIs(token), { timeout: (LIFETIME_SECONDS + 10) * 1000, interval: 500 }).toBeNull()
    expect(Date.now() / 1000).toBeGreaterThanOrEqual(exp)

    const me = await t.rest.get('/users/me', bearer)
    expect(me.status, 'GET /api/users/me with an expired token').toBe(401)
    expect(JSON.stringify(await me.json())).toContain('Your session has expired or is no longer valid')
    // Without any token the question is fine to ask: the answer is "nobody".
    const anonymous = await t.rest.get('/users/me')
    expect(anonymous.status).toBe(200)
    expect((await anonymous.json()).user).toBeNull()
    // Staff-only reads and writes are refused as for anyone without a session.
    expect((await t.rest.get('/users', bearer)).status).toBe(403)
    const create = await t.rest.post(
      '/citations',
      { authors: [{ name: 'Expired T' }], title: 'Written with an expired token', journal: 'J Test', year: 2024 },
      bearer,
    )
    expect(create.status).toBe(403)
    // Nor can it be traded for a fresh one.
    expect((await t.rest.post('/users/refresh-token', {}, bearer)).status).not.toBe(200)
  })

  it('lets the same person sign in again and work at once', async () => {
    const { token } = await login()
    expect(await whoIs(token)).toBe(editor.email)
  })
})
