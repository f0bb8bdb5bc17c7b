/**
 * The XSS corpus (@clinic/test-harness) in the admin: every vector placed through the REST API (and
 * leads through the public form endpoint), then the views where staff read them opened in Chromium
 * signed in as the admin: lists, edit views (rich text with its links, the workflow panel and
 * history), citations, leads, the condition, the disclaimer, the site settings and the trail.
 */
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  armXssDetector,
  auditDom,
  type CmsServer,
  interact,
  launchBrowser,
  placeXssCorpus,
  screenshotsDir,
  settle,
  signInToAdmin,
  startCmsServer,
  URL_VECTORS,
  type XssDetector,
  type XssFinding,
  type XssPlacement,
} from '@clinic/test-harness'

let cms: CmsServer
let browser: Browser
let placement: XssPlacement

beforeAll(async () => {
  ;[cms, browser] = await Promise.all([startCmsServer({ seed: true, env: { LEADS_RATE_LIMIT_MAX: '1000' } }), launchBrowser()])
  placement = await placeXssCorpus(cms.url, cms.admin, { publish: true, articles: 3, draftTitles: true, leads: true, siteSettings: true })
  console.log(placement.summary())
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

/** Next.js ships its own inline scripts; a script injected into them would run and call the detector. */
const ADMIN_SCRIPTS = 'script'

async function signedIn(): Promise<{ context: BrowserContext; page: Page; detector: XssDetector }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  // A view that never becomes ready fails the test in good time instead of holding it.
  context.setDefaultTimeout(20_000)
  context.setDefaultNavigationTimeout(30_000)
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ contentType: 'text/html', body: '<title>elsewhere</title>' }))
  const detector = await armXssDetector(context)
  const page = await context.newPage()
  await signInToAdmin(page, cms.url, cms.admin)
  return { context, page, detector }
}

/** Opens an admin view, waits for `ready` (the view's own content), interacts and audits. */
async function check(page: Page, route: string, ready: string): Promise<XssFinding[]> {
  const response = await page.goto(`${cms.url}${route}`)
  expect(response?.status(), route).toBe(200)
  await page
    .locator(ready)
    .first()
    .waitFor()
    .catch(async (error: Error) => {
      const file = path.join(screenshotsDir(), `admin-xss-not-ready-${route.replace(/\W+/g, '-')}.png`)
      await page.screenshot({ path: file }).catch(() => undefined)
      const classes = await page.evaluate(() => [...new Set([...document.querySelectorAll('main [class], .template-default [class]')].map((e) => e.classList[0]))].slice(0, 60).join(' ')).catch(() => '')
      throw new Error(`${route}: "${ready}" never appeared (${error.message.split('\n')[0]}); screenshot ${file}; classes on the page: ${classes}`)
    })
  await settle(page)
  await interact(page, page.url(), 'main a, .render-fields a, table a')
  await settle(page)
  return auditDom(page, { allowedScripts: ADMIN_SCRIPTS })
}

describe('the XSS corpus in the admin', () => {
  it('the detector and the DOM audit catch a vector injected on purpose', async () => {
    const { context, page, detector } = await signedIn()
    try {
      await page.goto(`${cms.url}/admin/collections/articles`)
      await page.locator('.collection-list').waitFor()
      await page.evaluate(() => {
        const box = document.createElement('div')
        box.id = 'xss-control'
        box.innerHTML = '<img src=x onerror=__xss(9001)><a href="javascript:__xss(9002)">control</a>'
        document.body.append(box)
      })
      await settle(page)
      const audit = await auditDom(page, { allowedScripts: ADMIN_SCRIPTS })
      expect(audit.map((finding) => finding.id)).toEqual(expect.arrayContaining([9001, 9002]))
      expect(await interact(page, page.url(), '#xss-control a')).toBe(1)
      await page.evaluate(() => window.confirm('9003'))
      await settle(page)
      // The image's error comes when the admin has answered its request (slow on a loaded machine): wait for it.
      await expect
        .poll(() => detector.hits().map((hit) => `${hit.kind} ${hit.id}`), { timeout: 15_000 })
        .toEqual(expect.arrayContaining(['executed 9001', 'executed 9002', 'dialog 9003']))
    } finally {
      await context.close()
    }
  })

  it('no vector runs or reaches the DOM as live markup in any view staff read it in', { timeout: 240_000 }, async () => {
    const { articles, drafts, citations, condition, disclaimer, leads, searchWord } = placement
    const views: [route: string, ready: string][] = [
      ['/admin', '.dashboard'],
      ['/admin/collections/articles?limit=100', '.collection-list table'],
      [`/admin/collections/articles?limit=100&search=${searchWord}`, '.collection-list table'],
      ...articles.map((article): [string, string] => [`/admin/collections/articles/${article.id}`, '[data-lexical-editor="true"]']),
      [`/admin/collections/articles/${drafts[0]!.id}`, '.collection-edit'],
      [`/admin/collections/articles/${articles[0]!.id}/versions`, '.collection-edit, .versions, table'],
      ['/admin/collections/citations?limit=100', '.collection-list table'],
      ...citations.slice(0, 2).map((id): [string, string] => [`/admin/collections/citations/${id}`, '.collection-edit']),
      ['/admin/collections/conditions?limit=100', '.collection-list table'],
      [`/admin/collections/conditions/${condition.id}`, '[data-lexical-editor="true"]'],
      ['/admin/collections/disclaimers?limit=100', '.collection-list table'],
      [`/admin/collections/disclaimers/${disclaimer}`, '[data-lexical-editor="true"]'],
      ['/admin/collections/leads?limit=100', '.collection-list table'],
      ...leads.slice(0, 2).map((id): [string, string] => [`/admin/collections/leads/${id}`, '.collection-edit']),
      ['/admin/collections/workflow-events?limit=100', '.collection-list table'],
      ['/admin/globals/site-settings', 'form'],
    ]
    const { context, page, detector } = await signedIn()
    const findings: XssFinding[] = []
    try {
      for (const [route, ready] of views) findings.push(...(await check(page, route, ready)))

      // The rich-text editor's link pop-up shows a link's address: open it on a script link.
      await page.goto(`${cms.url}/admin/collections/articles/${articles[0]!.id}`)
      const editor = page.locator('[data-lexical-editor="true"]').first()
      await editor.waitFor()
      const linkText = editor.getByText(`xss link ${URL_VECTORS[0]!.id}`, { exact: true })
      await linkText.scrollIntoViewIfNeeded()
      await linkText.click()
      await settle(page)
      await page.screenshot({ path: path.join(screenshotsDir(), 'admin-xss-link-popup.png') })
      findings.push(...(await auditDom(page, { allowedScripts: ADMIN_SCRIPTS })))
      await settle(page)
      findings.push(...detector.hits())
    } finally {
      await context.close()
    }
    console.log(`XSS corpus in the admin: ${views.length + 1} page views checked, ${findings.length} hits.`)
    expect(findings).toEqual([])
  })
})
