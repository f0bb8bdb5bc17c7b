/**
 * Issue 14, in Chromium on the production builds: a condition's summary is reviewed text. An
 * editor changes it in the admin; the site keeps the reviewed summary; a medical reviewer other
 * than the editor approves, a publisher publishes, and only then does the site show the new one.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '@clinic/test-harness'

import { saveScreenshot } from './browser'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const cmsAdmin = inject('cmsAdmin')

interface Account {
  email: string
  password: string
  name: string
  roles: string[]
}
const stamp = Date.now().toString(36)
const accounts = {
  editor: {
    email: `condition-editor-${stamp}@example.test`,
    password: 'condition-editor-password',
    name: 'Cora Editor',
    roles: ['editor'],
  },
  reviewer: {
    email: `condition-reviewer-${stamp}@example.test`,
    password: 'condition-reviewer-password',
    name: 'Dr. Ada Reviewer',
    roles: ['medical-reviewer'],
  },
  publisher: {
    email: `condition-publisher-${stamp}@example.test`,
    password: 'condition-publisher-password',
    name: 'Paul Publisher',
    roles: ['publisher'],
  },
} satisfies Record<string, Account>

const name = `Idiopathic pulmonary fibrosis ${stamp}`
const reviewedSummary = 'Scarring of the lungs that makes breathing harder over time.'
const newSummary = 'A long-term scarring of the lungs; the cause is not known, and breathing gets harder over years.'

let browser: Browser
let conditionId: number
let slug: string

async function api(pathname: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  const response = await fetch(`${cmsUrl}/api${pathname}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `JWT ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(30_000),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function token(account: { email: string; password: string }): Promise<string> {
  const login = await api('/users/login', { method: 'POST', body: { email: account.email, password: account.password } })
  if (typeof login.body.token !== 'string') throw new Error(`sign-in as ${account.email} failed: ${JSON.stringify(login.body)}`)
  return login.body.token
}

async function act(account: Account, action: string): Promise<void> {
  const result = await api(`/conditions/${conditionId}/workflow`, { method: 'POST', token: await token(account), body: { action } })
  if (result.status !== 200) throw new Error(`${action} as ${account.name}: ${result.status} ${JSON.stringify(result.body)}`)
}

beforeAll(async () => {
  browser = await launchBrowser()
  const admin = await token(cmsAdmin)
  for (const account of Object.values(accounts)) {
    const created = await api('/users', { method: 'POST', token: admin, body: account })
    if (created.status !== 201) throw new Error(`could not create ${account.name}: ${JSON.stringify(created.body)}`)
  }
  // A live condition to change: written, reviewed and published over REST as the roles would.
  const created = await api('/conditions', {
    method: 'POST',
    token: await token(accounts.editor),
    body: { name, category: 'pulmonary', summary: reviewedSummary },
  })
  if (created.status !== 201) throw new Error(`could not create the condition: ${JSON.stringify(created.body)}`)
  const doc = created.body.doc as { id: number; slug: string }
  conditionId = doc.id
  slug = doc.slug
  await act(accounts.editor, 'submit')
  await act(accounts.reviewer, 'approve')
  await act(accounts.publisher, 'publish')
}, 120_000)
afterAll(() => browser?.close())

async function signIn(account: Account): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  await page.goto(`${cmsUrl}/admin/login`)
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  await page.goto(`${cmsUrl}/admin/collections/conditions/${conditionId}`)
  return page
}

const stateShown = (page: Page, label: string) => page.locator('[data-testid="workflow-state"]', { hasText: label }).waitFor()

/** The summary a visitor's browser shows on the condition's page. */
async function visitorReads(visitor: Page, text: string): Promise<boolean> {
  const response = await visitor.goto(`${webUrl}/conditions/${slug}`)
  expect(response?.status()).toBe(200)
  return (await visitor.getByText(text, { exact: false }).count()) > 0
}

describe('a condition summary changed in the admin', () => {
  it('reaches the site only after another person approved it and a publisher published it', { timeout: 240_000 }, async () => {
    const visitor = await (await browser.newContext()).newPage()
    expect(await visitorReads(visitor, reviewedSummary)).toBe(true)

    // The editor changes the summary and saves a draft: no publish button for an editor.
    const editor = await signIn(accounts.editor)
    await stateShown(editor, 'Published')
    expect(await editor.getByRole('button', { name: /publish/i }).count()).toBe(0)
    await editor.locator('#field-summary').fill(newSummary)
    await editor.getByRole('button', { name: 'Save Draft' }).click()
    await stateShown(editor, 'Draft')
    expect(await visitorReads(visitor, reviewedSummary)).toBe(true)
    expect(await visitorReads(visitor, newSummary)).toBe(false)

    // The editor previews the draft on the real site, from the same link the admin's Preview
    // button opens: the new wording, marked as an unreviewed preview.
    const preview = await editor.context().newPage()
    await preview.goto(`${cmsUrl}/api/conditions/${conditionId}/open-preview`)
    expect(new URL(preview.url()).pathname).toBe(`/preview/conditions/${slug}`)
    await preview.getByText(newSummary, { exact: false }).first().waitFor()
    const banner = preview.getByRole('note', { name: 'Preview' })
    expect(await banner.textContent()).toMatch(/Preview — not published\..*Not yet medically reviewed: the draft is draft\./)
    expect(await preview.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/)
    await saveScreenshot(preview, 'condition-preview')
    await preview.close()

    await editor.locator('#workflow-action-submit:not([disabled])').click()
    await stateShown(editor, 'In review')

    // A medical reviewer who did not write it approves; the site still shows the reviewed text.
    const reviewer = await signIn(accounts.reviewer)
    await stateShown(reviewer, 'In review')
    await reviewer.locator('#workflow-action-approve').click()
    await reviewer.locator('#workflow-confirm-approve').click()
    await stateShown(reviewer, 'Approved')
    expect(await visitorReads(visitor, newSummary)).toBe(false)

    // The publisher publishes; the site shows the new summary.
    const publisher = await signIn(accounts.publisher)
    await stateShown(publisher, 'Approved')
    await publisher.locator('#workflow-action-publish').click()
    await publisher.locator('#workflow-confirm-publish').click()
    await stateShown(publisher, 'Published')
    await expect.poll(() => visitorReads(visitor, newSummary), { timeout: 10_000, interval: 200 }).toBe(true)
    expect(await visitorReads(visitor, reviewedSummary)).toBe(false)
    await saveScreenshot(visitor, 'condition-after-review')
    for (const page of [editor, reviewer, publisher, visitor]) await page.context().close()
  })
})
