/**
 * The XSS corpus (@clinic/test-harness) in the admin: every vector placed through the REST API (and
 * leads through the public form endpoint), then the views where staff read them opened in Chromium
 * signed in as the admin: the article list (titles), an article's edit view (title, excerpt, SEO,
 * the rich text with its links, the citations, the workflow panel and history), citations (list,
 * markup fields, a URL), the condition, the disclaimer, leads (list, name and message), the trail
 * and the site settings. Each view must show a vector as text before it is audited, so an empty or
 * half-rendered view cannot pass.
 */
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  armXssDetector,
  auditDom,
  type CmsServer,
  HTML_VECTORS,
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
  // One article carries the body with every vector; its title, excerpt, SEO fields, comment and the
  // draft titles carry the rest for the list.
  placement = await placeXssCorpus(cms.url, cms.admin, { publish: true, articles: 1, draftTitles: true, leads: true, siteSettings: true })
  console.log(placement.summary())
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

/**
 * The scripts the admin ships, as a selector: Next's bundles, all under /_next/static/chunks/. The
 * inline scripts Next and React write into the HTML (the RSC payload `self.__next_f.push(…)`,
 * Turbopack's chunk list, React's streaming runtime) are recognised by their whole text
 * (`nextInlineScripts`, see auditDom): an RSC chunk passes only if it is one JSON value. Any other
 * `<script>` in the DOM — even an inert one React inserted from a vector — is a finding.
 */
const ADMIN_SCRIPTS = 'script[src^="/_next/static/chunks/"][src$=".js"]:not([type]):not([onload]):not([onerror])'
const audit = (page: Page) => auditDom(page, { allowedScripts: ADMIN_SCRIPTS, nextInlineScripts: true })

/** A vector the reviewer's name carries (placement: "img onerror"): it shows in the workflow panel and the trail. */
const REVIEWER_NAME = HTML_VECTORS.find((vector) => vector.name === 'img onerror')!.payload
const HAS_VECTOR = /(?:__xss|alert|confirm|prompt|msgbox)\(\d+\)/

async function signedIn(): Promise<{ context: BrowserContext; page: Page; detector: XssDetector }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  // A view that never becomes ready fails the test in good time instead of holding it.
  context.setDefaultTimeout(20_000)
  context.setDefaultNavigationTimeout(30_000)
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>elsewhere</title>' }),
  )
  const detector = await armXssDetector(context)
  const page = await context.newPage()
  await signInToAdmin(page, cms.url, cms.admin)
  return { context, page, detector }
}

interface View {
  route: string
  /** The view's own content: once it is there the view has rendered. */
  ready: string
  /** Asserts that vectors are on screen as text (or as a field's value), so the view really shows the corpus. */
  shows(page: Page): Promise<void>
}

/** Opens an admin view, waits for its content and a vector shown as text, interacts and audits. */
async function check(page: Page, view: View): Promise<XssFinding[]> {
  const started = Date.now()
  const response = await page.goto(`${cms.url}${view.route}`)
  expect(response?.status(), view.route).toBe(200)
  try {
    await page.locator(view.ready).first().waitFor()
    await view.shows(page)
  } catch (error) {
    const file = path.join(screenshotsDir(), `admin-xss-not-ready-${view.route.replace(/\W+/g, '-').slice(0, 80)}.png`)
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
    throw new Error(`${view.route}: the view did not show the corpus (${(error as Error).message.split('\n')[0]}); screenshot ${file}`, {
      cause: error,
    })
  }
  await settle(page)
  const clicked = await interact(page, page.url(), 'main a, table a')
  await settle(page)
  const found = await audit(page)
  console.log(
    `  ${view.route}: ${((Date.now() - started) / 1000).toFixed(1)} s, ${clicked} script-scheme links clicked, ${found.length} findings`,
  )
  return found
}

/** A field (found by `selector`) whose value is `expected`, or matches it. */
async function value(page: Page, selector: string, expected: string | RegExp) {
  const field = page.locator(selector)
  await field.waitFor()
  const actual = await field.inputValue()
  if (typeof expected === 'string') expect(actual, selector).toBe(expected)
  else expect(actual, selector).toMatch(expected)
}
/** Waits until an element in `selector` with `text` in it is visible (fails after the default timeout). */
const visible = (page: Page, selector: string, text: string | RegExp) => page.locator(selector).filter({ hasText: text }).first().waitFor()
/** A vector's payload as text of its own in the rich-text editor (a paragraph, heading, quote or list item). */
const inEditor = (page: Page, text: string) =>
  page.locator('[data-lexical-editor="true"]').getByText(text, { exact: true }).first().waitFor()

describe('the XSS corpus in the admin', () => {
  it('the detector and the DOM audit catch a vector injected on purpose', async () => {
    const { context, page, detector } = await signedIn()
    try {
      await page.goto(`${cms.url}/admin/collections/articles`)
      await page.locator('.collection-list table').waitFor()
      // Nothing on the plain page is reported: the allow-list covers what Next ships.
      expect(await audit(page)).toEqual([])
      await page.evaluate(() => {
        const box = document.createElement('div')
        box.id = 'xss-control'
        box.innerHTML = '<img src=x onerror=__xss(9001)><a href="javascript:__xss(9002)">control</a>'
        // Inert scripts (inserted as markup they never run) must still be reported: one plain, one
        // posing as an RSC chunk that is not pure data, one posing as a Next bundle from elsewhere.
        box.innerHTML +=
          '<script>__xss(9004)</script><script>self.__next_f.push([1,"x"]);__xss(9005)</script><script src="https://example.org/_next/static/chunks/x.js?__xss(9006)"></script>'
        document.body.append(box)
      })
      await settle(page)
      const found = await audit(page)
      expect(found.map((finding) => finding.id)).toEqual(expect.arrayContaining([9001, 9002, 9004, 9005, 9006]))
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

  it('no vector runs or reaches the DOM as live markup in any view staff read it in', { timeout: 180_000 }, async () => {
    const { articles, drafts, citations, condition, disclaimer, leads, searchWord } = placement
    const article = articles[0]!
    const views: View[] = [
      {
        route: `/admin/collections/articles?limit=100&search=${searchWord}`,
        ready: '.collection-list table tbody tr',
        shows: async (page) => {
          await visible(page, '.collection-list td.cell-title', article.title)
          await visible(page, '.collection-list td.cell-title', drafts.at(-1)!.title)
          expect(await page.locator('.collection-list tbody tr').count()).toBe(articles.length + drafts.length)
        },
      },
      {
        route: `/admin/collections/articles/${article.id}`,
        ready: '[data-lexical-editor="true"]',
        shows: async (page) => {
          await value(page, '#field-title', article.title)
          await value(page, '#field-excerpt', HAS_VECTOR)
          await value(page, '#field-meta__title', HAS_VECTOR)
          await inEditor(page, HTML_VECTORS[0]!.payload)
          await inEditor(page, HTML_VECTORS.at(-1)!.payload)
          await visible(page, '[data-lexical-editor="true"] a', `xss link ${URL_VECTORS[0]!.id}`)
          await visible(page, '#field-citations', HAS_VECTOR)
          await visible(page, '.workflow-panel__review', REVIEWER_NAME)
          await visible(page, '.workflow-history__comment', HAS_VECTOR)
          await visible(page, '.workflow-history__who', REVIEWER_NAME)
        },
      },
      {
        route: '/admin/collections/citations?limit=100',
        ready: '.collection-list table tbody tr',
        shows: (page) => visible(page, '.collection-list td.cell-title', HAS_VECTOR),
      },
      {
        // The first paper took markup vectors in its authors, title, journal, pages and DOI.
        route: `/admin/collections/citations/${citations[0]}`,
        ready: '.collection-edit .document-fields',
        shows: async (page) => {
          await value(page, '#field-authors__0__name', HTML_VECTORS[0]!.payload)
          await value(page, '#field-title', HAS_VECTOR)
          await value(page, '#field-journal', HAS_VECTOR)
        },
      },
      {
        // The fifth took the first URL vector as its address.
        route: `/admin/collections/citations/${citations[4]}`,
        ready: '.collection-edit .document-fields',
        shows: (page) => value(page, '#field-url', URL_VECTORS[0]!.payload),
      },
      {
        route: `/admin/collections/conditions/${condition.id}`,
        ready: '[data-lexical-editor="true"]',
        shows: async (page) => {
          await value(page, '#field-name', HAS_VECTOR)
          await value(page, '#field-summary', HAS_VECTOR)
          await inEditor(page, HTML_VECTORS[0]!.payload)
          await visible(page, '[data-lexical-editor="true"] a', `xss link ${URL_VECTORS[0]!.id}`)
        },
      },
      {
        route: `/admin/collections/disclaimers/${disclaimer}`,
        ready: '[data-lexical-editor="true"]',
        shows: async (page) => {
          await value(page, '#field-title', HAS_VECTOR)
          await inEditor(page, HTML_VECTORS[0]!.payload)
        },
      },
      {
        route: '/admin/collections/leads?limit=100',
        ready: '.collection-list table tbody tr',
        shows: (page) => visible(page, '.collection-list td.cell-name', HAS_VECTOR),
      },
      {
        route: `/admin/collections/leads/${leads[0]}`,
        ready: '.collection-edit .document-fields',
        shows: async (page) => {
          await value(page, '#field-name', HAS_VECTOR)
          await value(page, '#field-message', HAS_VECTOR)
        },
      },
      {
        // The trail: article titles and the reviewer's name.
        route: '/admin/collections/workflow-events?limit=100',
        ready: '.collection-list table tbody tr',
        shows: async (page) => {
          await visible(page, '.collection-list td.cell-articleTitle', article.title)
          await visible(page, '.collection-list td.cell-actorName', REVIEWER_NAME)
        },
      },
      {
        route: '/admin/globals/site-settings',
        ready: '.document-fields',
        shows: async (page) => {
          await value(page, '#field-clinicName', HAS_VECTOR)
          await value(page, '#field-tagline', HAS_VECTOR)
        },
      },
    ]
    const { context, page, detector } = await signedIn()
    const findings: XssFinding[] = []
    const started = Date.now()
    try {
      for (const view of views) findings.push(...(await check(page, view)))

      // The rich-text editor's link pop-up shows a link's address: open it on a script link.
      const popupStarted = Date.now()
      await page.goto(`${cms.url}/admin/collections/articles/${article.id}`)
      const link = page.locator('[data-lexical-editor="true"] a').filter({ hasText: `xss link ${URL_VECTORS[0]!.id}` })
      // A link wraps across lines among its neighbours, and the sticky header covers the top of the
      // view: bring it to the middle and click the start of its first line, as a person would.
      const box = await link.evaluate((element) => {
        element.scrollIntoView({ block: 'center' })
        const first = element.getClientRects()[0]!
        return { x: first.left + Math.min(4, first.width / 2), y: first.top + first.height / 2 }
      })
      await page.mouse.click(box.x, box.y)
      const popup = page.locator('.link-editor .link-input a')
      await popup.waitFor()
      expect((await popup.textContent())?.trim()).toBe(URL_VECTORS[0]!.payload)
      await settle(page)
      await page.screenshot({ path: path.join(screenshotsDir(), 'admin-xss-link-popup.png') })
      const popupFindings = await audit(page)
      findings.push(...popupFindings)
      console.log(`  link pop-up: ${((Date.now() - popupStarted) / 1000).toFixed(1)} s, ${popupFindings.length} findings`)
      await settle(page)
      findings.push(...detector.hits())
    } finally {
      await context.close()
    }
    console.log(
      `XSS corpus in the admin: ${views.length + 1} views checked in ${((Date.now() - started) / 1000).toFixed(0)} s, ${findings.length} hits.` +
        (findings.length ? `\n${findings.map((f) => `  ${f.kind} ${f.id ?? '?'} at ${f.where}: ${f.detail}`).join('\n')}` : ''),
    )
    expect(findings).toEqual([])
  })
})
