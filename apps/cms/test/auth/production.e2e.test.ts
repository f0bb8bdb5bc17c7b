import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type CmsServer, launchBrowser, signInToAdmin, startCmsServer } from '@clinic/test-harness'

import { STALE_SESSION_MESSAGE } from '../../src/collections/Users/hooks/refuseStaleSessions'

/**
 * The built CMS as production runs it (NODE_ENV=production, `next start`), with sign-ins that last
 * 20 seconds so that expiry can be watched happening.
 */
const LIFETIME_SECONDS = 20

let cms: CmsServer
let browser: Browser

beforeAll(async () => {
  ;[cms, browser] = await Promise.all([
    startCmsServer({ seed: true, env: { SESSION_LIFETIME_SECONDS: String(LIFETIME_SECONDS) } }),
    launchBrowser(),
  ])
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

async function login(): Promise<{ token: string; setCookie: string; exp: number }> {
  const response = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(cms.admin),
  })
  expect(response.status).toBe(200)
  const { token, exp } = (await response.json()) as { token: string; exp: number }
  return { token, exp, setCookie: response.headers.get('set-cookie') ?? '' }
}

/** The attributes of a Set-Cookie header, names lower-cased (`secure` and `httponly` have no value of their own). */
function cookieAttributes(setCookie: string): Map<string, string> {
  const [, ...attributes] = setCookie.split(';').map((part) => part.trim())
  return new Map(attributes.map((attribute) => [attribute.split('=')[0]!.toLowerCase(), attribute.split('=').slice(1).join('=')]))
}

const me = (token: string) => fetch(`${cms.url}/api/users/me`, { headers: { Authorization: `JWT ${token}` } })

describe('the session cookie in production', () => {
  it('is Secure, HttpOnly, SameSite=Lax, site-wide, and expires with the session', async () => {
    const { token, setCookie, exp } = await login()
    expect(setCookie).toMatch(/^payload-token=[\w-]+\.[\w-]+\.[\w-]+;/)
    const attributes = cookieAttributes(setCookie)
    expect(attributes.has('secure'), setCookie).toBe(true)
    expect(attributes.has('httponly'), setCookie).toBe(true)
    expect(attributes.get('samesite')).toBe('Lax')
    expect(attributes.get('path')).toBe('/')
    // Expires is whole seconds: the cookie goes when the token does.
    const expires = Date.parse(attributes.get('expires')!)
    expect(Math.abs(expires / 1000 - exp)).toBeLessThanOrEqual(1)
    // …and the token lives exactly the configured lifetime (claims, not wall-clock timing of this test).
    const { iat } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { iat: number }
    expect(exp - iat).toBe(LIFETIME_SECONDS)
  })
})

describe('an expired session', () => {
  it('is refused by the API and sends the admin back to its login page; signing in again works', async () => {
    const { token, exp } = await login()
    expect((await (await me(token)).json()).user.email).toBe(cms.admin.email)

    // An admin tab holding the same session (the cookie a browser keeps, set before it expires).
    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-token', value: token, url: cms.url, expires: exp + 3600 }])
    const page = await context.newPage()
    await page.goto(`${cms.url}/admin`)
    await page.getByRole('heading', { name: 'Content' }).waitFor()

    // The real condition: the clock passes the session's expiry.
    await expect.poll(async () => (await me(token)).status, { timeout: (LIFETIME_SECONDS + 20) * 1000, interval: 1000 }).toBe(401)
    expect(Date.now() / 1000).toBeGreaterThanOrEqual(exp)
    const refused = await fetch(`${cms.url}/api/users`, { headers: { Authorization: `JWT ${token}` } })
    expect(refused.status).toBe(403)

    await page.goto(`${cms.url}/admin/collections/articles`)
    await page.waitForURL((url) => url.pathname === '/admin/login')
    await page.getByLabel('Email').waitFor()
    await context.close()

    const fresh = await browser.newPage()
    await signInToAdmin(fresh, cms.url, cms.admin)
    await fresh.getByRole('heading', { name: 'Content' }).waitFor()
    await fresh.close()
  }, 120_000)
})

describe("the project's own error messages in the production build", () => {
  it('reach the client (not "An unknown error occurred."), with their status', async () => {
    // A token signed with another secret: the stale-session refusal (issue 15.8).
    const forged = `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"id":1,"collection":"users"}').toString('base64url')}.c2lnbmF0dXJl`
    const stale = await fetch(`${cms.url}/api/users/me`, { headers: { Authorization: `JWT ${forged}` } })
    expect(stale.status).toBe(401)
    expect(await stale.json()).toMatchObject({ errors: [{ message: STALE_SESSION_MESSAGE }] })
  })
})

describe('security headers on every kind of CMS answer', () => {
  it.each([
    ['the admin login page', 'GET', '/admin/login'],
    ['an admin page (redirecting to login)', 'GET', '/admin/collections/articles'],
    ['a REST list', 'GET', '/api/articles?limit=1'],
    ['a REST 404', 'GET', '/api/articles/999999999'],
    ['who am I', 'GET', '/api/users/me'],
    ['a refused write', 'POST', '/api/citations'],
    ['the lead endpoint', 'POST', '/api/leads/submit'],
    ['the sitemap', 'GET', '/sitemap.xml'],
  ])('%s', async (_what, method, path) => {
    const response = await fetch(`${cms.url}${path}`, {
      method,
      redirect: 'manual',
      ...(method === 'POST' ? { headers: { 'Content-Type': 'application/json' }, body: '{}' } : {}),
    })
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  })
})
