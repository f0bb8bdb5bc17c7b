import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '@clinic/test-harness'

import { DESKTOP, openPage, PHONE, saveScreenshot, waitForHydration } from './browser'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const content = inject('content')
const ARTICLE = '/research/a-phase-2-trial-of-nurown-cells-in-als'

/** A browser request to the CMS for one article by its slug (how the site reads an article). */
const isArticleRequest = (url: string, slug: string) => url.startsWith(`${cmsUrl}/api/articles?`) && url.includes(slug)

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

describe('the home page', () => {
  it('shows the latest research, the conditions and the call to action, with one h1', async () => {
    const { page, problems, close } = await openPage(browser)
    const response = await page.goto(webUrl)
    expect(response?.status()).toBe(200)
    await waitForHydration(page)

    expect(await page.locator('h1').allTextContents()).toEqual(['Plain-language summaries of regenerative-medicine research'])
    const latest = page.getByRole('region', { name: 'Latest research summaries' })
    await latest.getByRole('link', { name: 'A phase 2 trial of NurOwn cells in ALS' }).waitFor()
    await page.getByRole('region', { name: 'Conditions we write about' }).getByRole('link', { name: 'Stroke' }).waitFor()
    await page.getByRole('link', { name: 'Request information packet' }).waitFor()
    expect(await page.getByRole('contentinfo').getByText('Medical disclaimer').count()).toBe(1)
    await saveScreenshot(page, 'home-desktop')
    expect(problems).toEqual([])
    await close()
  })

  it('starts keyboard users at a skip link that jumps to the content', async () => {
    const { page, close } = await openPage(browser)
    await page.goto(webUrl)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content')
    await page.keyboard.press('Enter')
    expect(page.url()).toBe(`${webUrl}/#main`)
    await close()
  })
})

describe('the research library', () => {
  it('searches and filters through the URL, pages, and goes back and forward', async () => {
    const { page, problems, close } = await openPage(browser)
    await page.goto(`${webUrl}/research`)
    await waitForHydration(page)

    await page.getByRole('searchbox', { name: 'Search words' }).fill('rehabilitation')
    await page.getByRole('combobox', { name: 'Condition' }).selectOption({ label: 'Spinal cord injury' })
    await page.getByRole('combobox', { name: 'Type of article' }).selectOption({ label: 'Living well' })
    await page.getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(`${webUrl}/research?q=rehabilitation&condition=spinal-cord-injury&type=lifestyle-post`)
    const summary = page.getByRole('status')
    await expect
      .poll(() => summary.textContent())
      .toBe('11 living-well posts about Spinal cord injury match “rehabilitation” · page 1 of 2.')
    expect(await page.locator('.article-list > li').count()).toBe(10)
    await saveScreenshot(page, 'library-desktop')

    await page.getByRole('link', { name: 'Next page' }).click()
    await page.waitForURL(/page=2$/)
    await expect.poll(() => page.locator('.article-list > li').count()).toBe(1)
    await expect.poll(() => page.title()).toContain('page 2 of 2')

    await page.goBack()
    await page.waitForURL(`${webUrl}/research?q=rehabilitation&condition=spinal-cord-injury&type=lifestyle-post`)
    await expect.poll(() => page.locator('.article-list > li').count()).toBe(10)
    expect(await page.getByRole('searchbox', { name: 'Search words' }).inputValue()).toBe('rehabilitation')

    await page.goForward()
    await page.waitForURL(/page=2$/)
    await expect.poll(() => page.locator('.article-list > li').count()).toBe(1)
    expect(problems).toEqual([])
    await close()
  })

  it('ranks and stems: "injuries" finds the articles about injury', async () => {
    const { page, close } = await openPage(browser)
    await page.goto(`${webUrl}/research?q=injuries`)
    const titles = await page.locator('.card__title').allTextContents()
    expect(titles).toEqual(expect.arrayContaining(content.rehabilitationTitles.slice(-3)))
    await close()
  })
})

describe('an article', () => {
  it('shows its text, who reviewed it, its source with working links, its conditions and its disclaimers', async () => {
    const { page, problems, close } = await openPage(browser)
    // The reader's browser cannot leave this machine: PubMed answers with a stand-in page.
    await page.route('https://pubmed.ncbi.nlm.nih.gov/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>PubMed stand-in</title>' }),
    )
    await page.goto(`${webUrl}${ARTICLE}`)
    await waitForHydration(page)

    expect(await page.locator('h1').allTextContents()).toEqual(['A phase 2 trial of NurOwn cells in ALS'])
    await page.getByText('In this randomized, placebo-controlled phase 2 trial').waitFor()
    await page.getByText(/^Medically reviewed by .+ on [A-Z][a-z]+ \d{1,2}, \d{4}$/).waitFor()
    expect(await page.locator('.byline__review a').getAttribute('href')).toBe('/reviewers/dr-elena-marsh')

    const source = page.getByRole('region', { name: 'The research this summary is based on' })
    await source.getByText(/^Berry JD, Cudkowicz ME.*PMCID: PMC6937497\.$/).waitFor()
    expect(await source.getByRole('link', { name: /Publisher \(DOI\)/ }).getAttribute('href')).toBe(
      'https://doi.org/10.1212/wnl.0000000000008620',
    )
    expect(await source.getByRole('link', { name: /Free full text/ }).getAttribute('href')).toBe(
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC6937497/',
    )
    await page
      .getByRole('region', { name: 'Conditions this is about' })
      .getByRole('link', { name: 'Amyotrophic lateral sclerosis (ALS)' })
      .waitFor()

    const disclaimers = page.getByRole('region', { name: 'Before you act on this' })
    await disclaimers.getByRole('heading', { name: content.conditionDisclaimer.title }).waitFor()
    await disclaimers.getByText(content.conditionDisclaimer.text).waitFor()
    await page.getByRole('contentinfo').getByRole('heading', { name: 'Medical disclaimer' }).waitFor()
    await saveScreenshot(page, 'article-desktop')

    await source.getByRole('link', { name: /PubMed PMID 31740545/ }).click()
    await page.waitForURL('https://pubmed.ncbi.nlm.nih.gov/31740545/')
    expect(problems).toEqual([])
    await close()
  })

  it('is fetched ahead as soon as its card is on screen on the home page', async () => {
    const { page, close } = await openPage(browser)
    const prefetched = page.waitForRequest((request) => isArticleRequest(request.url(), 'a-phase-2-trial-of-nurown-cells-in-als'))
    await page.goto(webUrl)
    await prefetched
    await close()
  })

  it('opens from a library card in place, its content fetched on hover, focus on its heading', async () => {
    const { page, problems, close } = await openPage(browser)
    await page.goto(`${webUrl}/research?q=nurown`)
    await waitForHydration(page)
    await page.evaluate(() => Object.assign(window, { stillTheSameDocument: true }))

    const card = page.getByRole('link', { name: 'A phase 2 trial of NurOwn cells in ALS' })
    const prefetched = page.waitForRequest((request) => isArticleRequest(request.url(), 'a-phase-2-trial-of-nurown-cells-in-als'))
    await card.hover()
    await prefetched
    await card.click()
    await page.waitForURL(`${webUrl}${ARTICLE}`)
    await expect.poll(() => page.title()).toBe('A phase 2 trial of NurOwn cells in ALS · Stemedix')
    expect(await page.evaluate(() => (window as { stillTheSameDocument?: boolean }).stillTheSameDocument)).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('A phase 2 trial of NurOwn cells in ALS')
    expect(problems).toEqual([])
    await close()
  })

  it('reads well on a small phone: nothing wider than the screen', async () => {
    const { page, problems, close } = await openPage(browser, { ...PHONE, colorScheme: 'dark' })
    await page.goto(`${webUrl}${ARTICLE}`)
    await waitForHydration(page)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await saveScreenshot(page, 'article-phone-dark')
    await page.goto(`${webUrl}/research?q=rehabilitation`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await saveScreenshot(page, 'library-phone-dark')
    expect(problems).toEqual([])
    await close()
  })
})

describe('a condition page', () => {
  it('gives the overview and lists its research, linking to the rest in the library', async () => {
    const { page, problems, close } = await openPage(browser, DESKTOP)
    const response = await page.goto(`${webUrl}/conditions/spinal-cord-injury`)
    expect(response?.status()).toBe(200)
    await waitForHydration(page)
    expect(await page.locator('h1').allTextContents()).toEqual(['Spinal cord injury'])
    const research = page.getByRole('region', { name: 'Research about Spinal cord injury' })
    expect(await research.locator('.card').count()).toBe(6)
    await research.getByRole('link', { name: /See all \d+ articles about Spinal cord injury/ }).click()
    await page.waitForURL(`${webUrl}/research?condition=spinal-cord-injury`)
    await saveScreenshot(page, 'condition-desktop')
    expect(problems).toEqual([])
    await close()
  })
})

describe('a medical reviewer’s page', () => {
  it('opens from an article’s byline and lists the summaries she reviewed, without her account details', async () => {
    const { page, problems, close } = await openPage(browser, DESKTOP)
    await page.goto(`${webUrl}${ARTICLE}`)
    await waitForHydration(page)
    await page.locator('.byline__review').getByRole('link', { name: 'Dr. Elena Marsh, MD' }).click()
    await page.waitForURL(`${webUrl}/reviewers/dr-elena-marsh`)
    expect(await page.locator('h1').allTextContents()).toEqual(['Dr. Elena Marsh, MD'])
    const reviewed = page.getByRole('region', { name: 'Summaries Dr. Elena Marsh reviewed' })
    await reviewed.getByRole('link', { name: 'A phase 2 trial of NurOwn cells in ALS' }).waitFor()
    const html = await page.content()
    expect(html).not.toContain('reviewer@example.com')
    await saveScreenshot(page, 'reviewer-desktop')
    expect(problems).toEqual([])
    await close()
    expect((await fetch(`${webUrl}/reviewers/no-such-reviewer`)).status).toBe(404)
  })
})

describe('a page that does not exist', () => {
  it('answers 404 with a way back into the site', async () => {
    const { page, close } = await openPage(browser)
    const response = await page.goto(`${webUrl}/research/no-such-article`)
    expect(response?.status()).toBe(404)
    await page.getByRole('heading', { level: 1, name: 'We can’t find that page' }).waitFor()
    await page.getByRole('link', { name: 'Search the research library' }).waitFor()
    await saveScreenshot(page, 'not-found-desktop')
    await close()
  })
})
