import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatCitation } from '@clinic/citations'
import { type CmsServer, launchBrowser, startCmsServer } from '@clinic/test-harness'

import { DEMO_CITATIONS } from '../../src/seed/citations'
import { PUBMED } from './helpers'

const ARTIFACTS = path.resolve(import.meta.dirname, '../../../../artifacts/screenshots')

let cms: CmsServer
let browser: Browser
let page: Page

beforeAll(async () => {
  ;[cms, browser] = await Promise.all([startCmsServer({ seed: true }), launchBrowser()])
  mkdirSync(ARTIFACTS, { recursive: true })
  page = await browser.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(`${cms.url}/admin`)
  await page.getByLabel('Email').fill(cms.admin.email)
  await page.getByLabel('Password').fill(cms.admin.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.getByRole('heading', { name: 'Content' }).waitFor()
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

/** Counted as the signed-in admin, from the admin page: a citation saved there is a draft until it is reviewed. */
async function citationsWithPmid(pmid: string): Promise<number> {
  return page.evaluate(async (query) => {
    const response = await fetch(`/api/citations?where[pmid][equals]=${query}&depth=0`, { credentials: 'include' })
    return ((await response.json()) as { totalDocs: number }).totalDocs
  }, pmid)
}

async function pasteAndFill(text: string) {
  await page.goto(`${cms.url}/admin/collections/citations/create`)
  await page.getByLabel('Paste a citation').fill(text)
  await page.getByRole('button', { name: 'Fill fields' }).click()
}

describe('pasting a citation in the admin', () => {
  it('fills the fields for review, shows the PMCID warning, saves nothing until Save', async () => {
    await pasteAndFill(PUBMED.dominici)
    await page.getByText('Fields filled in. Check them, then save.').waitFor()

    await expect(page.locator('#field-title').inputValue()).resolves.toBe(
      'Minimal criteria for defining multipotent mesenchymal stromal cells. The International Society for Cellular Therapy position statement',
    )
    await expect(page.locator('#field-journal').inputValue()).resolves.toBe('Cytotherapy')
    await expect(page.locator('#field-year').inputValue()).resolves.toBe('2006')
    await expect(page.locator('#field-pages').inputValue()).resolves.toBe('315-7')
    await expect(page.locator('#field-doi').inputValue()).resolves.toBe('10.1080/14653240600855905')
    await expect(page.locator('#field-pmid').inputValue()).resolves.toBe('16923606')
    await page.locator('#field-authors__9__name').waitFor()
    await expect(page.locator('#field-authors__0__name').inputValue()).resolves.toBe('Dominici M')
    await expect(page.locator('#field-authors__9__name').inputValue()).resolves.toBe('Horwitz E')
    await expect(page.getByText('No PMCID found: the paper may not be free in PubMed Central.').isVisible()).resolves.toBe(true)
    await page.screenshot({ path: path.join(ARTIFACTS, 'citation-paste-filled.png'), fullPage: true })
    expect(await citationsWithPmid('16923606')).toBe(0)

    await page.getByRole('button', { name: 'Save' }).click()
    await page.waitForURL(/\/admin\/collections\/citations\/\d+$/)
    expect(await citationsWithPmid('16923606')).toBe(1)
    await expect(page.locator('#field-label').inputValue()).resolves.toBe('Dominici M et al., Cytotherapy 2006')
  })

  it('shows why text that is not a citation was not read, and fills nothing', async () => {
    await pasteAndFill('Great paper about stem cells, see the link in my email')
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was filled in' })
    await alert.waitFor()
    await expect(alert.textContent()).resolves.toMatch(/not read as a PubMed citation/)
    await expect(page.locator('#field-title').inputValue()).resolves.toBe('')
  })

  it('names the existing citation when the pasted paper is already there, and saving the twin is refused', async () => {
    const { authors, ...rest } = DEMO_CITATIONS.strokeMsc
    await pasteAndFill(formatCitation({ ...rest, authors: [...authors] }, 'nlm'))
    const existing = page.getByText(/A citation with this DOI already exists: "Levy ML et al., Stroke 2019" \(id \d+\)/)
    await existing.waitFor()
    await page.screenshot({ path: path.join(ARTIFACTS, 'citation-paste-twin.png'), fullPage: true })

    await page.locator('#field-authors__5__name').waitFor()
    // Saved as a draft (a citation is reviewed before it goes live): the refusal names both fields.
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('The following fields are invalid (2):').waitFor()
    expect(await citationsWithPmid('31495331')).toBe(1)
  })
})

describe('citing a paper from an article', () => {
  it('finds the existing citation by a pasted PMID or DOI link in the drawer, and picks it', async () => {
    await page.goto(`${cms.url}/admin/collections/articles/create`)
    const field = page.locator('#field-citations')
    await field.locator('.rs__control').click()
    const drawer = page.locator('.list-drawer')
    const search = drawer.getByRole('textbox').first()
    await search.waitFor()

    const rows = drawer.locator('tbody tr')
    await rows.first().waitFor()
    // The search is debounced: wait for the list to narrow down to the one citation.
    await search.fill('PMID: 31495331')
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1)
    await expect(rows.first().textContent()).resolves.toContain('10.1161/strokeaha.119.026318')

    await search.fill('https://doi.org/10.1212/WNL.0000000000008620')
    const nurown = rows.filter({ hasText: '31740545' })
    await nurown.waitFor()
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1)
    await page.screenshot({ path: path.join(ARTIFACTS, 'citation-picker-search.png') })

    await nurown.getByText('Berry JD et al., Neurology 2019').click()
    await field.getByText('Berry JD et al., Neurology 2019').waitFor()
  })

  it('shows the existing citation by name when an editor creates its twin from the article', async () => {
    await page.goto(`${cms.url}/admin/collections/articles/create`)
    await page.locator('#field-citations').locator('.rs__control').click()
    await page.locator('.list-drawer').getByText('Create New', { exact: true }).click()

    const drawer = page.locator('.doc-drawer')
    await drawer.getByLabel('Paste a citation').fill(PUBMED.recovery.replace('32678530', '31495331'))
    await drawer.getByRole('button', { name: 'Fill fields' }).click()
    await drawer.getByText('Fields filled in. Check them, then save.').waitFor()
    // The author rows are complete once the form has fetched their state from the server.
    await expect(drawer.locator('#field-authors__3__name').inputValue()).resolves.toBe('Emberson JR')
    await drawer.getByRole('button', { name: 'Save' }).click()

    // Saved as a draft (a citation is reviewed before it goes live): refused, naming the field.
    await page.getByText('The following field is invalid: PMID').waitFor()
    await page.screenshot({ path: path.join(ARTIFACTS, 'citation-twin-from-article.png') })
    expect(await citationsWithPmid('31495331')).toBe(1)
    expect(await citationsWithPmid('32678530')).toBe(0)
  })
})
