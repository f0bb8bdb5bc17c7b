import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type CmsServer, launchBrowser, screenshotsDir, signInToAdmin, startCmsServer } from '@clinic/test-harness'

let cms: CmsServer
let browser: Browser

beforeAll(async () => {
  ;[cms, browser] = await Promise.all([startCmsServer({ seed: true }), launchBrowser()])
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

describe('the admin in a real browser', () => {
  it('signs the seeded admin in and shows the content collections', async () => {
    const page = await browser.newPage()
    // The clinic's name and mark, not Payload's, from the published clinic profile (issue 18).
    await page.goto(`${cms.url}/admin/login`)
    expect(await page.getByTestId('clinic-logo').textContent()).toBe('SStemedixContent desk')
    await signInToAdmin(page, cms.url, cms.admin)
    expect(await page.getByTestId('clinic-icon').getAttribute('title')).toBe('Stemedix')
    await page.getByRole('heading', { name: 'Content' }).waitFor()
    for (const collection of ['Articles', 'Citations', 'Conditions', 'Disclaimers']) {
      await expect(page.getByRole('link', { name: collection, exact: true }).first().isVisible()).resolves.toBe(true)
    }
    await page.screenshot({ path: path.join(screenshotsDir(), 'admin-dashboard.png') })
  })

  it('links the trust audit from the navigation, which finds the seeded content clean', async () => {
    const page = await browser.newPage()
    await signInToAdmin(page, cms.url, cms.admin)
    // The navigation may be collapsed at this width: the link is there, and leads to the view.
    const link = page.getByRole('link', { name: 'Trust audit', includeHidden: true }).first()
    expect(await link.getAttribute('href')).toBe('/admin/trust-audit')
    await page.goto(`${cms.url}/admin/trust-audit`)
    await page.getByRole('heading', { name: 'Trust audit' }).waitFor()
    await page.getByText(/live items keep every trust rule/).waitFor()
    await page.screenshot({ path: path.join(screenshotsDir(), 'admin-trust-audit.png') })
    const api = await fetch(`${cms.url}/api/trust-audit`)
    expect(api.status).toBe(401)
  })

  it('sends security headers on the admin and the API', async () => {
    for (const route of ['/admin/login', '/api/articles']) {
      const response = await fetch(`${cms.url}${route}`)
      expect(response.headers.get('x-content-type-options'), route).toBe('nosniff')
      expect(response.headers.get('x-frame-options'), route).toBe('DENY')
      expect(response.headers.get('content-security-policy'), route).toContain("frame-ancestors 'none'")
      expect(response.headers.get('referrer-policy'), route).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('x-powered-by'), route).toBeNull()
    }
  })

  it('refuses a wrong password and stays on the login form', async () => {
    const page = await browser.newPage()
    await page.goto(`${cms.url}/admin/login`)
    await page.getByLabel('Email').fill(cms.admin.email)
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: 'Login' }).click()
    await page
      .getByText(/e-mail or password is incorrect/i)
      .first()
      .waitFor()
    expect(new URL(page.url()).pathname).toBe('/admin/login')
  })
})
