import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type CmsServer, launchBrowser, startCmsServer } from '@clinic/test-harness'

import { csvRecords } from './support/csv'

const ARTIFACTS = path.resolve(import.meta.dirname, '../../../../artifacts/screenshots')
const SITE = 'http://localhost:5173'

let cms: CmsServer
let browser: Browser
const marketing = { email: 'marketing-e2e@example.test', password: 'pw-marketing-e2e-1' }
const editor = { email: 'editor-e2e@example.test', password: 'pw-editor-e2e-1' }

// Markup that would run if the admin rendered it as HTML; it sets a flag instead of alerting.
const NAME = '<img src=x onerror="window.__leadXss=1">Eve'
const MESSAGE = '<script>window.__leadXss=2</script>=HYPERLINK("http://evil.example","x")'
const EMAIL = 'e2e-eve@example.org'

async function api(pathname: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  return fetch(`${cms.url}/api${pathname}`, { ...init, headers, redirect: 'manual' })
}

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto(`${cms.url}/admin`)
  await page.getByLabel('Email').fill(who.email)
  await page.getByLabel('Password').fill(who.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
}

beforeAll(async () => {
  ;[cms, browser] = await Promise.all([startCmsServer({ seed: true }), launchBrowser()])
  mkdirSync(ARTIFACTS, { recursive: true })

  const login = await api('/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(cms.admin),
  })
  const { token } = (await login.json()) as { token: string }
  for (const [user, roles] of [
    [marketing, ['marketing']],
    [editor, ['editor']],
  ] as const) {
    const created = await api('/users', {
      method: 'POST',
      token,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...user, name: roles[0], roles }),
    })
    expect(created.status).toBe(201)
  }
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

describe('leads over real HTTP and in the admin', () => {
  it('takes a plain form post from the site and a JSON one', async () => {
    const conditions = (await (await api('/conditions?limit=1&depth=0')).json()) as { docs: { id: number }[] }
    const conditionId = conditions.docs[0]!.id

    const form = await api('/leads/submit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE },
      body: new URLSearchParams({
        kind: 'information-packet',
        name: NAME,
        email: EMAIL,
        condition: String(conditionId),
        preferredContact: 'email',
        message: MESSAGE,
        consent: 'on',
        website: '',
        returnTo: `${SITE}/conditions#packet`,
      }).toString(),
    })
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe(`${SITE}/conditions?lead=sent&kind=information-packet#packet`)

    const preflight = await api('/leads/submit', {
      method: 'OPTIONS',
      headers: { Origin: SITE, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE)
    const json = await api('/leads/submit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: SITE },
      body: JSON.stringify({ kind: 'newsletter', email: 'e2e-reader@example.org', consent: true }),
    })
    expect(json.status).toBe(201)
    expect(json.headers.get('access-control-allow-origin')).toBe(SITE)
  })

  it('shows marketing the leads, script payloads as plain text that never runs', async () => {
    const page = await browser.newPage()
    page.setDefaultTimeout(15_000)
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await signIn(page, marketing)
    await page.goto(`${cms.url}/admin/collections/leads`)
    const row = page.locator('tr', { hasText: EMAIL })
    await row.waitFor()
    await expect(row.textContent()).resolves.toContain(NAME)
    await page.screenshot({ path: path.join(ARTIFACTS, 'leads-list.png'), fullPage: true })

    await row.getByRole('link').first().click()
    await page.locator('#field-message').waitFor()
    await expect(page.locator('#field-name').inputValue()).resolves.toBe(NAME)
    await expect(page.locator('#field-message').inputValue()).resolves.toBe(MESSAGE)
    await page.screenshot({ path: path.join(ARTIFACTS, 'lead-edit.png'), fullPage: true })

    await expect(page.evaluate(() => (window as unknown as { __leadXss?: number }).__leadXss)).resolves.toBeUndefined()
    expect(dialogs).toEqual([])
    await page.close()
  })

  it('lets marketing download the list as CSV from the Export CSV button', async () => {
    const page = await browser.newPage()
    page.setDefaultTimeout(15_000)
    await signIn(page, marketing)
    await page.goto(`${cms.url}/admin/collections/leads`)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()])
    const file = await download.path()
    const records = csvRecords(readFileSync(file, 'utf8'))
    const row = records.find((r) => r.email === EMAIL)!
    expect(row.name).toBe(NAME)
    expect(row.message).toBe(`${MESSAGE}`)
    expect(records.map((r) => r.email)).toContain('e2e-reader@example.org')
    await page.close()
  })

  it('does not show leads to an editor', async () => {
    const page = await browser.newPage()
    page.setDefaultTimeout(15_000)
    await signIn(page, editor)
    await page.getByRole('link', { name: 'Articles', exact: true }).first().waitFor()
    await expect(page.getByRole('link', { name: 'Leads', exact: true }).count()).resolves.toBe(0)
    await page.goto(`${cms.url}/admin/collections/leads`)
    await expect(page.locator('body').textContent()).resolves.not.toContain(EMAIL)
    await page.close()
  })
})
