import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type CmsServer, launchBrowser, screenshotsDir, signInToAdmin, startCmsServer } from '@clinic/test-harness'

import { CURRENT_SITE_FILE, repoRoot } from './helpers'

/** A genuine WordPress export (WordPress/wordpress-importer's test data): a post with an image. */
const WORDPRESS_EXPORT = path.join(repoRoot, 'packages/legacy-import/test/fixtures/wxr/wxr-flat-attachment-same-site.xml')

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

  it('uploads a WordPress export (.xml): the post is imported and its old address listed under Redirects', async () => {
    const page = await browser.newPage()
    await signInToAdmin(page, cms.url, cms.admin)

    await page.goto(`${cms.url}/admin/collections/legacy-imports/create`)
    await page.locator('input[type="file"]').setInputFiles(WORDPRESS_EXPORT)
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByRole('heading', { name: 'Pages of wxr-flat-attachment-same-site.xml' }).waitFor({ timeout: 60_000 })
    const table = page.locator('table').filter({ hasText: 'Post with Attachment' })
    await expect(table.locator('tbody tr').count()).resolves.toBe(1)

    await page.goto(`${cms.url}/admin/collections/redirects`)
    await page.getByText('/2011/01/10/post-with-attachment').first().waitFor({ timeout: 30_000 })
    await page.screenshot({ path: path.join(screenshotsDir(), 'wordpress-import-redirects.png'), fullPage: true })
  }, 120_000)
})
