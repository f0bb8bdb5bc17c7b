import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '@clinic/test-harness'

import { ARTIFACTS_DIR, openPage, waitForHydration } from './browser'

const webUrl = inject('webUrl')
const ARTICLE_BUDGET_BYTES = 100 * 1024

const PAGE_TYPES = {
  home: '/',
  library: '/research?q=rehabilitation',
  article: '/research/a-phase-2-trial-of-nurown-cells-in-als',
  conditions: '/conditions',
  condition: '/conditions/spinal-cord-injury',
  informationPacket: '/information-packet',
  newsletter: '/newsletter',
} as const

let browser: Browser
const measured: Record<string, { files: number; gzippedBytes: number }> = {}

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  writeFileSync(path.join(ARTIFACTS_DIR, 'js-per-page.json'), `${JSON.stringify(measured, null, 2)}\n`)
})

/** Every script the page loads from the site until it is interactive, each gzipped at level 9. */
async function gzippedJs(pathname: string) {
  const { page, close } = await openPage(browser)
  const sizes = new Map<string, number>()
  const pending: Promise<void>[] = []
  page.on('response', (response) => {
    const url = response.url()
    if (!url.startsWith(webUrl) || !/\.m?js$/.test(new URL(url).pathname)) return
    pending.push(response.body().then((body) => void sizes.set(url, gzipSync(body, { level: 9 }).length)))
  })
  await page.goto(`${webUrl}${pathname}`, { waitUntil: 'networkidle' })
  await waitForHydration(page)
  await Promise.all(pending)
  await close()
  return { files: sizes.size, gzippedBytes: [...sizes.values()].reduce((sum, size) => sum + size, 0) }
}

describe('the JavaScript each page type ships (gzipped)', () => {
  it.each(Object.entries(PAGE_TYPES))('%s page', async (pageType, pathname) => {
    measured[pageType] = await gzippedJs(pathname)
    expect(measured[pageType].files).toBeGreaterThan(0)
  })

  it('keeps an article page within its 100 KB budget', async () => {
    const article = measured.article ?? (await gzippedJs(PAGE_TYPES.article))
    expect(article.gzippedBytes).toBeLessThanOrEqual(ARTICLE_BUDGET_BYTES)
  })
})
