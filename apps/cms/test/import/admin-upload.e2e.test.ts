import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type CmsServer, launchBrowser, screenshotsDir, signInToAdmin, startCmsServer } from '@clinic/test-harness'

import { CURRENT_SITE_FILE } from './helpers'

let cms: CmsServer
let browser: Browser

beforeAll(async () => {
  ;[cms, browser] = await Promise.all([startCmsServer({ seed: true }), launchBrowser()])
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

describe('Admin → Imports in a real browser', () => {
  it('uploads the export and shows the per-page table', async () => {
    const page = await browser.newPage()
    await signInToAdmin(page, cms.url, cms.admin)

    await page.goto(`${cms.url}/admin/collections/legacy-imports/create`)
    await page.locator('input[type="file"]').setInputFiles(CURRENT_SITE_FILE)
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByRole('heading', { name: 'Pages of current-site-1.txt' }).waitFor({ timeout: 60_000 })
    const table = page.locator('table').filter({ hasText: 'Stem Cell Therapy in Lupus' })
    await expect(table.locator('tbody tr').count()).resolves.toBe(21)
    await expect(table.getByRole('link', { name: 'Stem Cell Therapy in Lupus' }).isVisible()).resolves.toBe(true)
    await page.screenshot({ path: path.join(screenshotsDir(), 'legacy-import-report.png'), fullPage: true })
  }, 120_000)
})
