import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContextOptions, Page } from 'playwright-core'

/** Where the e2e run writes what a person should look at (git-ignored, rebuilt every run). */
export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '../../artifacts')

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } }
/** A small phone (iPhone SE width is 375; 360 is common on Android). */
export const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }

export interface OpenPage {
  page: Page
  /** Console errors and uncaught exceptions so far: a page that works has none. */
  problems: string[]
  close(): Promise<void>
}

export async function openPage(browser: Browser, options: BrowserContextOptions = DESKTOP): Promise<OpenPage> {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  return { page, problems, close: () => context.close() }
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = path.join(ARTIFACTS_DIR, 'screenshots')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** Resolves once the page has hydrated (the client entry has run), so clicks are handled in place. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById('root')
    return Boolean(root && Object.keys(root).some((key) => key.startsWith('__reactContainer')))
  })
}
