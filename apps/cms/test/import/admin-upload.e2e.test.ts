import { readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import yazl from 'yazl'
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

  it('uploads a zip of a WordPress export with its uploads folder: the post’s image comes into Media with its alt text', async () => {
    const exportText = readFileSync(WORDPRESS_EXPORT, 'utf-8').replace(/Post with Attachment/g, 'Zipped post')
    const image = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#c9b037' } })
      .jpeg()
      .toBuffer()
    const zip = new yazl.ZipFile()
    zip.addBuffer(Buffer.from(exportText), 'old-site/export.xml')
    zip.addBuffer(image, 'old-site/wp-content/uploads/2008/06/canola2.jpg')
    zip.end()
    const chunks: Buffer[] = []
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
    const dir = await mkdtemp(path.join(tmpdir(), 'wp-zip-'))
    const zipFile = path.join(dir, 'old-site.zip')
    await writeFile(zipFile, Buffer.concat(chunks))

    const page = await browser.newPage()
    await signInToAdmin(page, cms.url, cms.admin)
    await page.goto(`${cms.url}/admin/collections/legacy-imports/create`)
    await page.locator('input[type="file"]').setInputFiles(zipFile)
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByRole('heading', { name: 'Pages of old-site.zip' }).waitFor({ timeout: 60_000 })
    await page
      .getByText(/canola2\.jpg imported into Media/)
      .first()
      .waitFor({ timeout: 10_000 })

    await page.goto(`${cms.url}/admin/collections/media`)
    await page.getByText('wp-2008-06-canola2.jpg').first().waitFor({ timeout: 30_000 })
    await page.screenshot({ path: path.join(screenshotsDir(), 'wordpress-import-media.png'), fullPage: true })
  }, 120_000)
})
