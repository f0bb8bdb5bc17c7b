import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '@clinic/test-harness'

import { openPage, type OpenPage } from './browser'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const { editorLogin, previewArticle } = inject('content')
const DRAFT_EXCERPT = 'Draft wording, not yet published: pack your scans, your medicines and three questions.'

let browser: Browser
let editor: OpenPage
/** The link the article's edit view offers under "Preview" (the CMS, which mints a token when it is followed). */
let previewButtonHref: string
/** Where following it leads: the draft's page on the site, with a freshly signed token. */
let previewUrl: string

/** A same-origin request from the signed-in admin page (the editor's session cookie, as the admin sends it). */
async function adminFetch(page: Page, path: string, init: { method: string; body?: unknown }) {
  return page.evaluate(
    async ({ path, method, body }) => {
      const response = await fetch(path, {
        method,
        credentials: 'include',
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, text: await response.text() }
    },
    { path, method: init.method, body: init.body },
  )
}

beforeAll(async () => {
  browser = await launchBrowser()
  editor = await openPage(browser)
  const { page } = editor
  await page.goto(`${cmsUrl}/admin/login`)
  await page.getByLabel('Email').fill(editorLogin.email)
  await page.getByLabel('Password').fill(editorLogin.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.getByRole('heading', { name: 'Content' }).waitFor()

  // The editor saves a change to the live article as a draft: visitors keep the published text.
  const saved = await adminFetch(page, `/api/articles/${previewArticle.id}?draft=true`, {
    method: 'PATCH',
    body: { excerpt: DRAFT_EXCERPT },
  })
  expect(saved.status, saved.text).toBe(200)

  await page.goto(`${cmsUrl}/admin/collections/articles/${previewArticle.id}`)
  previewButtonHref = (await page.locator('#preview-button').getAttribute('href'))!
  await page.goto(previewButtonHref)
  previewUrl = page.url()
})
afterAll(async () => {
  await editor?.close()
  await browser?.close()
})

describe('an editor previews a draft on the real site', () => {
  it('the edit view’s Preview link carries no token, and following it opens the draft page with a freshly signed one', () => {
    expect(previewButtonHref).toBe(`${cmsUrl}/api/articles/${previewArticle.id}/open-preview`)
    expect(previewUrl).toMatch(new RegExp(`^${webUrl}/preview/research/${previewArticle.slug}\\?token=\\d+\\.\\d+\\.[\\w-]+$`))
  })

  it('shows the draft’s new text, as the article page will look, never cached or indexed', async () => {
    const response = await editor.page.goto(previewUrl)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['cache-control']).toBe('private, no-store')
    expect(response?.headers()['x-robots-tag']).toBe('noindex')
    await editor.page.getByText(DRAFT_EXCERPT).waitFor()
    // Honest: a banner says it is not published, and nobody is named as having reviewed this text.
    await editor.page.getByRole('note', { name: 'Preview' }).getByText('Preview — not published.').waitFor()
    expect(await editor.page.getByRole('note', { name: 'Preview' }).textContent()).toContain('Not yet medically reviewed')
    expect(await editor.page.getByText(/Medically reviewed by/i).count()).toBe(0)
    expect(await editor.page.locator('h1').textContent()).toBe('Preparing for your first clinic visit')
    expect(await editor.page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex')
    // Server-rendered only: no client script that could refetch the published text over the draft.
    expect(await editor.page.locator('script[type="module"]').count()).toBe(0)
    expect(editor.problems).toEqual([])
  })

  it('the endpoint mints the same kind of link for the editor’s session', async () => {
    await editor.page.goto(`${cmsUrl}/admin`)
    const minted = await adminFetch(editor.page, `/api/articles/${previewArticle.id}/preview-url`, { method: 'GET' })
    expect(minted.status).toBe(200)
    const { url } = JSON.parse(minted.text) as { url: string }
    const html = await (await fetch(url)).text()
    expect(html).toContain(DRAFT_EXCERPT)
  })
})

describe('anyone else never sees the draft', () => {
  let visitor: OpenPage
  beforeAll(async () => {
    visitor = await openPage(browser)
  })
  afterAll(() => visitor?.close())

  it.each([
    ['without a token', () => previewUrl.replace(/\?token=.*$/, '')],
    ['with a tampered token', () => previewUrl.replace(/.(?=$)/, (last) => (last === 'A' ? 'B' : 'A'))],
    ['with a token for another article', () => previewUrl.replace(/token=\d+/, `token=${previewArticle.id + 1}`)],
  ])('the preview address %s is a 404, not cached, not indexed', async (_what, address) => {
    const response = await visitor.page.goto(address())
    expect(response?.status()).toBe(404)
    expect(response?.headers()['cache-control']).toBe('private, no-store')
    expect(response?.headers()['x-robots-tag']).toBe('noindex')
    await visitor.page.getByText('We can’t find that page').waitFor()
    expect(await visitor.page.getByText(DRAFT_EXCERPT).count()).toBe(0)
  })

  it('the public page still shows the published text', async () => {
    const response = await visitor.page.goto(`${webUrl}/research/${previewArticle.slug}`)
    expect(response?.status()).toBe(200)
    await visitor.page.getByText(previewArticle.excerpt).first().waitFor()
    expect(await visitor.page.getByText(DRAFT_EXCERPT).count()).toBe(0)
  })
})
