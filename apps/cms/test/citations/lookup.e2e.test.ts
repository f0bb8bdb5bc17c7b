/**
 * Issue 17, in Chromium against the production build: the citations admin's "Look up by PMID, DOI
 * or PMCID" box asks PubMed (a local server replaying PubMed's genuine answer), shows what would
 * overwrite the editor's own typing, fills the form only when they say so, and says plainly when
 * the source cannot be reached.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type CmsServer, launchBrowser, startCmsServer } from '@clinic/test-harness'

import { type ReplayServer, startLookupReplay, xml } from './lookupReplay'

const ARTIFACTS = path.resolve(import.meta.dirname, '../../../../artifacts/screenshots')

let replay: ReplayServer
let cms: CmsServer
let browser: Browser
let page: Page

beforeAll(async () => {
  // The CMS reads the lookup's addresses from the environment it inherits.
  replay = await startLookupReplay(5000)
  ;[cms, browser] = await Promise.all([startCmsServer({ seed: true }), launchBrowser()])
  mkdirSync(ARTIFACTS, { recursive: true })
  page = await browser.newPage()
  page.setDefaultTimeout(20_000)
  await page.goto(`${cms.url}/admin`)
  await page.getByLabel('Email').fill(cms.admin.email)
  await page.getByLabel('Password').fill(cms.admin.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.getByRole('heading', { name: 'Content' }).waitFor()
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  await replay?.close()
})

async function lookUp(identifier: string) {
  await page.getByLabel('Look up by PMID, DOI or PMCID').fill(identifier)
  await page.getByRole('button', { name: 'Look up', exact: true }).click()
}

describe('looking a paper up in the citations admin', () => {
  it('shows what differs from the typed fields, fills them only when the editor says so, and saves', async () => {
    replay.reply('/efetch.fcgi', xml('efetch-pubmed-38147649-erratum.xml'))
    await page.goto(`${cms.url}/admin/collections/citations/create`)
    await page.locator('#field-title').fill('A title the editor typed')
    await lookUp('https://pubmed.ncbi.nlm.nih.gov/38147649/')

    const differs = page.getByRole('status').filter({ hasText: 'PubMed differs from what is typed here' })
    await differs.waitFor()
    await expect(differs.locator('[data-field="title"]').textContent()).resolves.toContain('A title the editor typed')
    // Nothing is overwritten before the editor chooses.
    await expect(page.locator('#field-title').inputValue()).resolves.toBe('A title the editor typed')
    await page.screenshot({ path: path.join(ARTIFACTS, 'citation-lookup-differs.png'), fullPage: true })

    await page.getByRole('button', { name: 'Replace with PubMed’s fields' }).click()
    await page.getByText('Fields filled in from PubMed. Check them, then save.').waitFor()
    await page.getByText('This paper has a correction.').waitFor()
    await expect(page.locator('#field-title').inputValue()).resolves.not.toBe('A title the editor typed')
    await expect(page.locator('#field-pmid').inputValue()).resolves.toBe('38147649')
    await expect(page.locator('#field-doi').inputValue()).resolves.toBe('10.1073/pnas.2308706120')
    await expect(page.locator('#field-pmcid').inputValue()).resolves.toBe('PMC10769841')
    expect(replay.requests.map((url) => url.searchParams.get('id'))).toEqual(['38147649'])

    await page.getByRole('button', { name: 'Save Draft' }).click()
    await page.waitForURL(/\/admin\/collections\/citations\/\d+$/)
    const saved = await page.evaluate(async () => {
      const response = await fetch('/api/citations?where[pmid][equals]=38147649&depth=0', { credentials: 'include' })
      return ((await response.json()) as { docs: { doi: string; retractionStatus: string }[] }).docs
    })
    expect(saved).toEqual([expect.objectContaining({ doi: '10.1073/pnas.2308706120', retractionStatus: 'corrected' })])
  })

  it('says so when PubMed cannot be reached, and leaves the form as it was', async () => {
    replay.reply('/efetch.fcgi', { status: 503, body: '' })
    await page.goto(`${cms.url}/admin/collections/citations/create`)
    await page.locator('#field-journal').fill('Typed by hand')
    await lookUp('PMID: 31495331')
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'PubMed is not answering right now (HTTP 503). Try again later. You can fill in the fields by hand.' })
    await alert.waitFor()
    await page.screenshot({ path: path.join(ARTIFACTS, 'citation-lookup-unreachable.png'), fullPage: true })
    await expect(page.locator('#field-journal').inputValue()).resolves.toBe('Typed by hand')
    await expect(page.locator('#field-pmid').inputValue()).resolves.toBe('')
  })
})
