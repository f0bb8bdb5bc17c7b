/**
 * Issue 20's "done when", end to end on the built CMS and site: a genuine WordPress export
 * (WordPress/wordpress-importer's test data) uploaded in the CMS admin in Chromium becomes an
 * article in review; its old address answers 404 while it is a draft and 301 to the new page once
 * it is reviewed and published, and the sitemap lists only the new address.
 */
import path from 'node:path'

import type { Article, Condition } from '@clinic/shared-types'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, signInToAdmin } from '@clinic/test-harness'

import { saveScreenshot } from './browser'
import { CmsSession } from './cmsContent'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const cmsAdmin = inject('cmsAdmin')
const EXPORT_FILE = path.resolve(
  import.meta.dirname,
  '../../../../packages/legacy-import/test/fixtures/wxr/wxr-flat-attachment-same-site.xml',
)
/** The post's address on the old WordPress site (its <link>), as bookmarks and search engines know it. */
const OLD_ADDRESS = '/2011/01/10/post-with-attachment/'

let browser: Browser
let admin: CmsSession
let reviewer: CmsSession

const visit = (address: string) => fetch(`${webUrl}${address}`, { redirect: 'manual', signal: AbortSignal.timeout(15_000) })

beforeAll(async () => {
  browser = await launchBrowser()
  admin = await CmsSession.signIn(cmsUrl, cmsAdmin.email, cmsAdmin.password)
  reviewer = await CmsSession.signIn(cmsUrl, 'e2e-reviewer@example.test', 'e2e-reviewer-password-1')
}, 60_000)
afterAll(async () => browser?.close())

async function importedArticle(): Promise<Article> {
  const { docs } = await admin.request<{ docs: Article[] }>('GET', '/articles?where[slug][equals]=post-with-attachment&draft=true&depth=0')
  expect(docs).toHaveLength(1)
  return docs[0]!
}

describe('moving a WordPress site', () => {
  it('imports the export uploaded in the admin; its old address is a 404 while the article is a draft', async () => {
    const page = await browser.newPage()
    await signInToAdmin(page, cmsUrl, cmsAdmin)
    await page.goto(`${cmsUrl}/admin/collections/legacy-imports/create`)
    await page.locator('input[type="file"]').setInputFiles(EXPORT_FILE)
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByRole('heading', { name: 'Pages of wxr-flat-attachment-same-site.xml' }).waitFor({ timeout: 60_000 })
    await saveScreenshot(page, 'wordpress-move-import')
    await page.close()

    const article = await importedArticle()
    expect(article.workflowState).toBe('in_review')
    const response = await visit(OLD_ADDRESS)
    expect(response.status).toBe(404)
    expect(response.headers.get('location')).toBeNull()
  }, 120_000)

  it('answers the old address with a 301 to the new page once the article is published; the sitemap has only the new one', async () => {
    const article = await importedArticle()
    const { docs } = await admin.request<{ docs: Condition[] }>('GET', '/conditions?where[slug][equals]=spinal-cord-injury&depth=0')
    // What an editor does before the review: an excerpt that reads on its own and the article's condition.
    await admin.request('PATCH', `/articles/${article.id}?draft=true`, {
      excerpt: 'A post from the old site, with its picture.',
      conditions: [docs[0]!.id],
    })
    await reviewer.request('POST', `/articles/${article.id}/workflow`, { action: 'approve' })
    await admin.request('POST', `/articles/${article.id}/workflow`, { action: 'publish' })

    const response = await visit(OLD_ADDRESS)
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe('/research/post-with-attachment')
    const followed = await fetch(`${webUrl}${OLD_ADDRESS}`, { signal: AbortSignal.timeout(15_000) })
    expect(followed.status).toBe(200)
    expect(followed.url).toBe(`${webUrl}/research/post-with-attachment`)
    expect(await followed.text()).toContain('Post with Attachment')

    const sitemap = await (await fetch(`${webUrl}/sitemap.xml`, { signal: AbortSignal.timeout(15_000) })).text()
    expect(sitemap).toContain('/research/post-with-attachment<')
    expect(sitemap).not.toContain('/2011/01/10/')
  }, 60_000)
})
