/**
 * The research library's search as patients type (issue 21), in Chromium on the built site and CMS:
 * matched words highlighted as text, "Did you mean" for a misspelling, the condition page offered
 * for its alias, and a search that finds nothing offering conditions and the newest research.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '@clinic/test-harness'

import { openPage, saveScreenshot, waitForHydration } from './browser'

const webUrl = inject('webUrl')
const content = inject('content')

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

describe('library search as patients type', () => {
  it('highlights the corrected word and offers "Did you mean", which searches the respelling', async () => {
    const { page, problems, close } = await openPage(browser)
    // "physiotherapists" is in the excerpts of the rehabilitation routines (cmsContent.ts).
    await page.goto(`${webUrl}/research?q=physiotherapsts`)
    await waitForHydration(page)

    const results = page.getByRole('region', { name: 'Results' })
    // The routines' titles (newest first among equals, so any page-full of them).
    await results.locator('.card__excerpt mark').first().waitFor()
    const shown = await results.locator('.card__title').allTextContents()
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.every((title) => content.rehabilitationTitles.includes(title))).toBe(true)
    const marks = await results.locator('.card__excerpt mark').allTextContents()
    expect(marks.length).toBeGreaterThan(0)
    expect(new Set(marks)).toEqual(new Set(['physiotherapists']))
    // A mark holds text only: never an element the server sent.
    expect(await results.locator('mark *').count()).toBe(0)

    const suggestion = page.getByRole('link', { name: 'physiotherapists' })
    await saveScreenshot(page, 'search-did-you-mean')
    await suggestion.click()
    await page.waitForURL(`${webUrl}/research?q=physiotherapists`)
    await results.locator('.card__excerpt mark').first().waitFor()
    expect(await page.getByText('Did you mean').count()).toBe(0)
    expect(problems).toEqual([])
    await close()
  })

  it('highlights words as typed in titles, several words as one run', async () => {
    const { page, close } = await openPage(browser)
    await page.goto(`${webUrl}/research?q=${encodeURIComponent('home rehabilitation routine')}`)
    const title = page.getByRole('region', { name: 'Results' }).locator('.card__title').first()
    await title.waitFor()
    expect(await title.locator('mark').allTextContents()).toEqual(['home rehabilitation routine'])
    expect(await title.textContent()).toMatch(/^Week \d+ of a home rehabilitation routine$/)
    await close()
  })

  it("offers the condition page first for a condition's alias, with its research", async () => {
    const { page, problems, close } = await openPage(browser)
    await page.goto(`${webUrl}/research?q=${encodeURIComponent("Lou Gehrig's disease")}`)
    await waitForHydration(page)
    const conditions = page.getByRole('list', { name: 'Conditions' })
    const condition = conditions.getByRole('link', { name: 'Amyotrophic lateral sclerosis (ALS)' })
    await condition.waitFor()
    await page.getByRole('region', { name: 'Results' }).getByRole('link', { name: 'A phase 2 trial of NurOwn cells in ALS' }).waitFor()
    await condition.click()
    await page.waitForURL(`${webUrl}/conditions/amyotrophic-lateral-sclerosis-als`)
    expect(problems).toEqual([])
    await close()
  })

  it('turns a search that finds nothing into conditions and the newest research', async () => {
    const { page, problems, close } = await openPage(browser)
    await page.goto(`${webUrl}/research?q=xylophone`)
    await waitForHydration(page)
    await page.getByText('No articles match “xylophone”.').waitFor()
    await page.getByRole('heading', { name: 'Browse by condition' }).waitFor()
    await page.locator('.no-results__conditions').getByRole('link', { name: 'Stroke' }).waitFor()
    await page.getByRole('heading', { name: 'Newest research' }).waitFor()
    await page.locator('.no-results').getByRole('link', { name: 'A phase 2 trial of NurOwn cells in ALS' }).waitFor()
    await saveScreenshot(page, 'search-no-results')
    expect(problems).toEqual([])
    await close()
  })
})
