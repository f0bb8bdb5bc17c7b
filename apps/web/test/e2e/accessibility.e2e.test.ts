/**
 * Every page type passes axe-core's default rules (WCAG 2.0–2.2 A and AA, and its best practices) in
 * Chromium, on a desktop and on a phone:
 * the checks outside accessibility audits run. Many of the clinic's readers are older patients and
 * their families, for whom contrast, labels and a working keyboard order are not extras.
 */
import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '@clinic/test-harness'

import { DESKTOP, PHONE, waitForHydration } from './browser'
import { PAGE_TYPES } from './pageTypes'

const webUrl = inject('webUrl')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[] }[]
}

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

/** axe's violations on the page as it is now, one line each: rule, impact, what it says, where. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source })
  // axe's defaults: every WCAG 2.0–2.2 A and AA rule and the best practices (not AAA, not experimental).
  const found = await page.evaluate(
    async () =>
      (
        await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(
          document,
          { resultTypes: ['violations'] },
        )
      ).violations,
  )
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`)
}

/** The page as a visitor gets it, hydrated. axe is added by the test: the site's policy allows no inline script, so the test context bypasses it. */
async function open(path: string, viewport: typeof DESKTOP) {
  const context = await browser.newContext({ ...viewport, bypassCSP: true })
  const page = await context.newPage()
  await page.goto(`${webUrl}${path}`)
  await waitForHydration(page)
  return { page, close: () => context.close() }
}

describe('accessibility (axe-core, WCAG 2 A and AA)', () => {
  it('finds a violation put there on purpose, so a clean result means something', async () => {
    const { page, close } = await open('/', DESKTOP)
    try {
      await page.evaluate(() => {
        const image = document.createElement('img')
        image.src = '/favicon.svg'
        document.querySelector('main')?.append(image)
        const faint = document.createElement('p')
        faint.textContent = 'Faint words'
        faint.style.color = '#eeeeee'
        document.querySelector('main')?.append(faint)
      })
      const found = await violations(page)
      expect(found.some((line) => line.startsWith('image-alt'))).toBe(true)
      expect(found.some((line) => line.startsWith('color-contrast'))).toBe(true)
    } finally {
      await close()
    }
  })

  for (const [name, viewport] of [
    ['a desktop', DESKTOP],
    ['a phone', PHONE],
  ] as const) {
    it(`has no violations on any page type on ${name}`, { timeout: 180_000 }, async () => {
      const found: string[] = []
      for (const [pageType, path] of PAGE_TYPES) {
        const { page, close } = await open(path, viewport)
        try {
          for (const line of await violations(page)) found.push(`${pageType} ${path}: ${line}`)
        } finally {
          await close()
        }
      }
      expect(found).toEqual([])
    })
  }
})
