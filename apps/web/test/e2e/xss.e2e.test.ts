/**
 * The XSS corpus (@clinic/test-harness) on the site: every vector placed through the CMS's REST API
 * in the fields the site shows (titles, excerpts, SEO fields, rich text and its links, citations, a
 * condition, a disclaimer, a reviewer's name, the site settings), published through the workflow,
 * then every page showing them opened in Chromium twice: under the site's real CSP (a CSP violation
 * counts as a hit: the markup got in and only the policy stopped it) and with the CSP bypassed (the
 * markup must be inert on its own). Hydrated, hovered, focused, script links clicked.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  armXssDetector,
  auditDom,
  HTML_VECTORS,
  interact,
  launchBrowser,
  placeXssCorpus,
  settle,
  type XssDetector,
  type XssFinding,
  type XssPlacement,
} from '@clinic/test-harness'

import { DESKTOP, waitForHydration } from './browser'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const cmsAdmin = inject('cmsAdmin')

/** The scripts the site itself ships: its bundle, its JSON-LD and its client state. */
const SITE_SCRIPTS = 'script[type="module"][src^="/"], script[type="application/ld+json"], script#clinic-state[type="application/json"]'
/** Where CMS content is rendered as links (rich text, citations, cards, lists). */
const CONTENT_LINKS = 'main a'

let browser: Browser
let placement: XssPlacement

beforeAll(async () => {
  browser = await launchBrowser()
  placement = await placeXssCorpus(cmsUrl, cmsAdmin, { publish: true, articles: 8, siteSettings: true })
  console.log(placement.summary())
})

afterAll(async () => {
  await placement?.restore()
  await browser?.close()
})

interface Mode {
  name: string
  context: BrowserContext
  page: Page
  detector: XssDetector
}

async function openMode(name: 'strict CSP' | 'CSP bypassed'): Promise<Mode> {
  const context = await browser.newContext({ ...DESKTOP, bypassCSP: name === 'CSP bypassed' })
  // A page a vector holds up (a redirect loop, a load that never ends) fails the test in good time.
  context.setDefaultTimeout(20_000)
  context.setDefaultNavigationTimeout(30_000)
  // Nothing leaves this machine: links to other sites answer with an empty page.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>elsewhere</title>' }),
  )
  const detector = await armXssDetector(context)
  const page = await context.newPage()
  return { name, context, page, detector }
}

/** Opens a page, waits until it is interactive, lets readers' events happen and audits the DOM. */
async function check(mode: Mode, path: string): Promise<XssFinding[]> {
  const url = `${webUrl}${path}`
  const response = await mode.page.goto(url)
  expect(response?.status(), path).toBeLessThan(500)
  await waitForHydration(mode.page)
  await settle(mode.page)
  await interact(mode.page, mode.page.url(), CONTENT_LINKS)
  await mode.page.keyboard.press('Tab')
  await mode.page.keyboard.press('Tab')
  await settle(mode.page)
  return auditDom(mode.page, { allowedScripts: SITE_SCRIPTS })
}

function pagesToCheck(): string[] {
  const { articles, condition, searchWord } = placement
  const reflected = HTML_VECTORS.filter((vector) =>
    [
      'double-quoted attribute breakout',
      'script breakout (JSON-LD / state)',
      'title breakout',
      'img onerror',
      'svg onload',
      'JS string breakout (double quote)',
    ].includes(vector.name),
  )
  return [
    '/',
    '/research',
    `/research?q=${searchWord}`,
    `/research?condition=${condition.slug}`,
    '/conditions',
    `/conditions/${condition.slug}`,
    ...articles.map((article) => `/research/${article.slug}`),
    `/information-packet?condition=${condition.slug}`,
    '/newsletter',
    // Reflected: vectors in the address itself.
    ...reflected.map((vector) => `/research?q=${encodeURIComponent(vector.payload)}`),
    `/information-packet?lead=error&kind=information-packet&field=${encodeURIComponent(reflected[0]!.payload)}&condition=${encodeURIComponent(reflected[1]!.payload)}`,
    `/newsletter?newsletter=${encodeURIComponent(reflected[2]!.payload)}`,
  ]
}

describe('the XSS corpus on the site', () => {
  it('the detector, the CSP report and the DOM audit each catch a vector injected on purpose', async () => {
    const strict = await openMode('strict CSP')
    const bypassed = await openMode('CSP bypassed')
    try {
      for (const mode of [strict, bypassed]) {
        await mode.page.goto(`${webUrl}/`)
        await waitForHydration(mode.page)
        await mode.page.evaluate(() => {
          const box = document.createElement('div')
          box.innerHTML = '<img src=x onerror=__xss(9001)><a href="javascript:__xss(9002)">control</a>'
          document.querySelector('main')!.append(box)
        })
        await settle(mode.page)
        const audit = await auditDom(mode.page, { allowedScripts: SITE_SCRIPTS })
        expect(audit.map((finding) => finding.id)).toEqual(expect.arrayContaining([9001, 9002]))
        const before = mode.detector.hits().length
        expect(await interact(mode.page, mode.page.url(), CONTENT_LINKS)).toBe(1)
        await settle(mode.page)
        // The click on the script link is reported: run (CSP bypassed) or refused by the CSP.
        expect(mode.detector.hits().length).toBeGreaterThan(before)
      }
      // Under the CSP the handler is refused, and the refusal is reported with its vector.
      expect(
        strict.detector
          .hits()
          .filter((hit) => hit.kind === 'csp')
          .map((hit) => hit.id),
      ).toContain(9001)
      expect(strict.detector.hits().filter((hit) => hit.kind === 'executed')).toEqual([])
      // Without it both run and call the detector; alert() is caught too.
      await bypassed.page.evaluate(() => {
        const script = document.createElement('script')
        script.textContent = 'alert(9003)'
        document.body.append(script)
      })
      await settle(bypassed.page)
      const ran = bypassed.detector.hits().map((hit) => `${hit.kind} ${hit.id}`)
      expect(ran).toEqual(expect.arrayContaining(['executed 9001', 'executed 9002', 'dialog 9003']))
    } finally {
      await strict.context.close()
      await bypassed.context.close()
    }
  })

  it('no vector runs, is refused only by the CSP, or reaches the DOM as live markup, on any page', { timeout: 240_000 }, async () => {
    const paths = pagesToCheck()
    const findings: XssFinding[] = []
    let views = 0
    for (const name of ['CSP bypassed', 'strict CSP'] as const) {
      const mode = await openMode(name)
      try {
        for (const path of paths) {
          findings.push(...(await check(mode, path)))
          views++
        }
        // In-site navigation: an article rendered in the browser from the CMS's data, not the server's HTML.
        await mode.page.goto(`${webUrl}/research?q=${placement.searchWord}`)
        await waitForHydration(mode.page)
        // The corpus went through the search highlighter: its titles carry <mark>s around the word.
        expect(await mode.page.locator('main .card__title mark').count()).toBeGreaterThan(0)
        const card = mode.page.locator('.card__title a, a.card__title, .card a').first()
        await card.click()
        await mode.page.waitForURL((url) => url.pathname.startsWith('/research/'))
        await mode.page.locator('h1').waitFor()
        await settle(mode.page)
        findings.push(...(await auditDom(mode.page, { allowedScripts: SITE_SCRIPTS })))
        views++
        await settle(mode.page)
        findings.push(...mode.detector.hits().map((hit) => ({ ...hit, detail: `[${name}] ${hit.detail}` })))
      } finally {
        await mode.context.close()
      }
    }
    console.log(
      `XSS corpus on the site: ${views} page views checked (${paths.length} addresses × 2 modes + 2 in-site navigations), ${findings.length} hits.`,
    )
    expect(findings).toEqual([])
    // The corpus really is on the pages (not silently missing): the body article shows its vectors as text.
    const mode = await openMode('strict CSP')
    try {
      await mode.page.goto(`${webUrl}/research/${placement.articles[0]!.slug}`)
      const text = await mode.page.locator('main').innerText()
      const shown = HTML_VECTORS.filter((vector) => text.includes(vector.payload.replace(/\s+/g, ' ').trim()))
      expect(shown.length).toBeGreaterThanOrEqual(100)
      // …and its title, vectors and all, as the heading's text.
      expect((await mode.page.locator('h1').first().innerText()).replace(/\s+/g, ' ').trim()).toBe(
        placement.articles[0]!.title.replace(/\s+/g, ' ').trim(),
      )
    } finally {
      await mode.context.close()
    }
  })
})
