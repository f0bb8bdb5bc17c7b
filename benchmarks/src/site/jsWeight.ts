import { gzipSync } from 'node:zlib'

import { launchBrowser } from '@clinic/test-harness'

import { tracked } from './running'
import type { SitePage } from './types'

type Browser = Awaited<ReturnType<typeof launchBrowser>>

export interface ScriptWeight {
  /** Path on the site, e.g. /assets/index-abc123.js. */
  path: string
  /** Named by the server's HTML (a module script or modulepreload), or fetched later by the page itself (link prefetch). */
  declared: boolean
  bytes: number
  gzippedBytes: number
}

export interface PageJsWeight {
  page: SitePage
  status: number
  scripts: ScriptWeight[]
  /** Everything the page loaded until the network went idle after hydration. */
  gzippedBytes: number
  /** Only what the HTML itself names (what the page needs to render and hydrate). */
  declaredGzippedBytes: number
}

/** The scripts the server's HTML names: <script type="module" src> and <link rel="modulepreload" href>. */
function declaredScripts(html: string): Set<string> {
  const found = new Set<string>()
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.add(new URL(src!, 'http://site.invalid').pathname)
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/\brel="modulepreload"/.test(tag)) continue
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1]
    if (href) found.add(new URL(href, 'http://site.invalid').pathname)
  }
  return found
}

/** Resolves once React has hydrated #root (the client entry has run to the end). */
async function waitForHydration(page: Awaited<ReturnType<Browser['newPage']>>) {
  // Evaluated in the page (this package is compiled without the DOM's types).
  await page.waitForFunction(`(() => {
    const root = document.getElementById('root')
    return Boolean(root && Object.keys(root).some((key) => key.startsWith('__reactContainer')))
  })()`)
}

/**
 * Loads the page in a real Chromium (a phone-sized viewport) and weighs every script it fetches
 * from the site until the network is idle after hydration, each gzipped at level 9 (as the server
 * sends them: it serves the build's .gz files).
 */
async function weighPage(browser: Browser, webUrl: string, sitePage: SitePage): Promise<PageJsWeight> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
  try {
    const page = await context.newPage()
    const bodies = new Map<string, Promise<Buffer>>()
    page.on('response', (response) => {
      const url = new URL(response.url())
      if (url.origin !== webUrl || !/\.m?js$/.test(url.pathname)) return
      bodies.set(url.pathname, response.body())
    })
    const response = await page.goto(`${webUrl}${sitePage.path}`, { waitUntil: 'networkidle' })
    if (!response) throw new Error(`${sitePage.path}: no response`)
    const declared = declaredScripts(await response.text())
    await waitForHydration(page)
    await page.waitForLoadState('networkidle')

    const scripts: ScriptWeight[] = []
    for (const [path, body] of bodies) {
      const content = await body
      scripts.push({ path, declared: declared.has(path), bytes: content.length, gzippedBytes: gzipSync(content, { level: 9 }).length })
    }
    const missing = [...declared].filter((path) => !bodies.has(path))
    if (missing.length > 0) throw new Error(`${sitePage.path}: the HTML names scripts the browser never loaded: ${missing.join(', ')}`)
    scripts.sort((a, b) => Number(b.declared) - Number(a.declared) || b.gzippedBytes - a.gzippedBytes)
    const sum = (list: ScriptWeight[]) => list.reduce((total, script) => total + script.gzippedBytes, 0)
    return {
      page: sitePage,
      status: response.status(),
      scripts,
      gzippedBytes: sum(scripts),
      declaredGzippedBytes: sum(scripts.filter((script) => script.declared)),
    }
  } finally {
    await context.close()
  }
}

/** The gzipped JavaScript of each page type, measured one page after another in one browser. */
export async function measureJsWeight(webUrl: string, pages: SitePage[]): Promise<PageJsWeight[]> {
  const browser = await launchBrowser()
  const closeBrowser = tracked(() => browser.close())
  try {
    const results: PageJsWeight[] = []
    for (const page of pages) results.push(await weighPage(browser, webUrl, page))
    return results
  } finally {
    await closeBrowser()
  }
}
