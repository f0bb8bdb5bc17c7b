import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bundleCmsFile, runNode } from '../helpers/nodeScripts'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser, type TestUser } from '../helpers/users'

const DEFAULT_LIFETIME_SECONDS = 8 * 60 * 60

let t: TestPayload
let editor: TestUser

beforeAll(async () => {
  delete process.env.SESSION_LIFETIME_SECONDS
  delete process.env.SESSION_COOKIE_SECURE
  t = await startTestPayload()
  editor = await createUser(t.payload, ['editor'])
})
afterAll(() => t?.stop())

/** The attributes of a Set-Cookie header, names lower-cased (`secure` has no value of its own). */
function cookieAttributes(setCookie: string): Map<string, string> {
  const [, ...attributes] = setCookie.split(';').map((part) => part.trim())
  return new Map(attributes.map((attribute) => [attribute.split('=')[0]!.toLowerCase(), attribute.split('=').slice(1).join('=')]))
}

describe('the session cookie outside production (pnpm dev on http://localhost)', () => {
  it('is HttpOnly, SameSite=Lax and site-wide, lasts the default 8 hours, and is not Secure so plain http works', async () => {
    const response = await t.rest.post('/users/login', { email: editor.email, password: editor.password })
    expect(response.status).toBe(200)
    const setCookie = response.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/^payload-token=[\w-]+\.[\w-]+\.[\w-]+;/)
    const attributes = cookieAttributes(setCookie)
    expect(attributes.has('httponly')).toBe(true)
    expect(attributes.get('samesite')).toBe('Lax')
    expect(attributes.get('path')).toBe('/')
    expect(attributes.has('secure')).toBe(false)
    const expiresInSeconds = (Date.parse(attributes.get('expires')!) - Date.now()) / 1000
    expect(expiresInSeconds).toBeGreaterThan(DEFAULT_LIFETIME_SECONDS - 60)
    expect(expiresInSeconds).toBeLessThanOrEqual(DEFAULT_LIFETIME_SECONDS)
  })
})

describe('session settings that make no sense stop the CMS with a message naming them', () => {
  /** Loads the CMS's env module in a fresh process: what it prints, or its error output. */
  const loadEnv = async (variables: Record<string, string>) => {
    const envModule = await bundleCmsFile('src/env.ts')
    const result = await runNode(['--input-type=module', '-e', `await import(${JSON.stringify(envModule)}); console.log('loaded')`], {
      env: { ...process.env, ...variables },
      timeoutMs: 30_000,
      allowFailure: true,
    })
    return result.code === 0 ? result.stdout.trim() : result.stderr
  }

  it.each([
    [{ SESSION_LIFETIME_SECONDS: 'eight hours' }, 'SESSION_LIFETIME_SECONDS must be a whole number of seconds above 0 (got "eight hours")'],
    [{ SESSION_LIFETIME_SECONDS: '0' }, 'SESSION_LIFETIME_SECONDS must be a whole number of seconds above 0 (got "0")'],
    [{ SESSION_COOKIE_SECURE: 'yes' }, 'SESSION_COOKIE_SECURE must be "on" or "off" (got "yes")'],
  ])('%o', async (variables, message) => {
    expect(await loadEnv(variables)).toContain(message)
  })

  it('and loads with sensible ones', async () => {
    expect(await loadEnv({ SESSION_LIFETIME_SECONDS: '3600', SESSION_COOKIE_SECURE: 'off' })).toBe('loaded')
  })
})
