import { readFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishingBasics } from '../helpers/publishing'
import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { actAll, type Cast, signInEveryone } from '../workflow/helpers'
import { importLegacyExport } from '../../src/import'
import { countEverything, repoRoot } from './helpers'

const WXR_DIR = path.join(repoRoot, 'packages/legacy-import/test/fixtures/wxr')
/** A genuine WordPress export (WordPress/wordpress-importer's test data): a post with an image. */
const GENUINE = 'wxr-flat-attachment-same-site.xml'
const OLD_PATH = '/2011/01/10/post-with-attachment'

let t: TestPayload
let cast: Cast
let admin: RestClient

beforeAll(async () => {
  t = await startTestPayload()
  cast = await signInEveryone(t)
  admin = cast.as.admin
})
afterAll(async () => t?.stop())

function upload(name: string) {
  const form = new FormData()
  form.append('file', new File([readFileSync(path.join(WXR_DIR, name))], name, { type: 'application/xml' }))
  form.append('_payload', JSON.stringify({}))
  return form
}

const publicLookup = async (from: string) =>
  (await (await t.rest.get(`/redirects?where[from][equals]=${encodeURIComponent(from)}&depth=1`)).json()).docs

describe('importing a WordPress export (WXR) in the admin', () => {
  it('creates the post as an article in review, with its slug, original date, image flags and a waiting redirect', async () => {
    const response = await admin.postForm('/legacy-imports', upload(GENUINE))
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as {
      doc: { summary: string; report: { ok: boolean; pages: { action: string; title: string }[] } }
    }
    expect(doc.report.ok).toBe(true)
    expect(doc.report.pages).toEqual([expect.objectContaining({ title: 'Post with Attachment', action: 'created' })])

    const { docs } = await t.payload.find({
      collection: 'articles',
      where: { slug: { equals: 'post-with-attachment' } },
      overrideAccess: true,
      draft: true,
    })
    const article = docs[0]!
    expect(article.workflowState).toBe('in_review')
    expect(article._status).toBe('draft')
    expect(article.publishedAt).toBe('2011-01-10T13:20:00.000Z')
    expect(article.importNote).toMatch(
      /^Imported from wxr-flat-attachment-same-site\.xml \(WordPress post 555, https:\/\/wp\.org\/2011\/01\/10\/post-with-attachment\/, first published 2011-01-10/,
    )
    expect(article.importNote).toMatch(
      /Image not imported: https:\/\/wpthemetestdata\.files\.wordpress\.com\/2008\/06\/canola2\.jpg.*alt text "canola"/,
    )

    const redirects = await t.payload.find({
      collection: 'redirects',
      where: { from: { equals: OLD_PATH } },
      overrideAccess: true,
      depth: 0,
    })
    expect(redirects.docs.map((redirect) => redirect.toArticle)).toEqual([article.id])
    // A draft: nobody outside the staff can read the redirect yet.
    expect(await publicLookup(OLD_PATH)).toEqual([])
  })

  it('imports nothing twice when the same file is uploaded again', async () => {
    const before = await t.payload.count({ collection: 'articles', overrideAccess: true })
    const response = await admin.postForm('/legacy-imports', upload(GENUINE))
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { report: { pages: { action: string }[] } } }
    expect(doc.report.pages.map((page) => page.action)).toEqual(['skipped'])
    expect(await t.payload.count({ collection: 'articles', overrideAccess: true })).toEqual(before)
    expect(
      (await t.payload.count({ collection: 'redirects', where: { from: { equals: OLD_PATH } }, overrideAccess: true })).totalDocs,
    ).toBe(1)
  })

  it('serves the old address publicly once the article is reviewed and published', async () => {
    const { docs } = await t.payload.find({
      collection: 'articles',
      where: { slug: { equals: 'post-with-attachment' } },
      overrideAccess: true,
      draft: true,
    })
    const article = docs[0]!
    // A site-wide disclaimer and a live condition, as the clinic's CMS has.
    const { conditionId } = await publishingBasics(t.payload)
    // What an editor does before approval: an excerpt that reads on its own and the article's condition.
    await cast.as.editor.patch(`/articles/${article.id}?draft=true`, {
      excerpt: 'A post from the old site with its picture of canola.',
      conditions: [conditionId],
    })
    await actAll(article.id, [
      [cast.as.reviewer, 'approve'],
      [cast.as.publisher, 'publish'],
    ])
    const served = await publicLookup(OLD_PATH)
    expect(served).toHaveLength(1)
    expect(served[0].toArticle.slug).toBe('post-with-attachment')
    // Published with its original date, not today's.
    expect(served[0].toArticle.publishedAt).toBe('2011-01-10T13:20:00.000Z')
  })

  it('refuses an XML file that is not a WordPress export, naming the reason, and stores nothing', async () => {
    const form = new FormData()
    form.append('file', new File(['<?xml version="1.0"?><feed><entry/></feed>'], 'feed.xml', { type: 'application/xml' }))
    form.append('_payload', JSON.stringify({}))
    const response = await admin.postForm('/legacy-imports', form)
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/not a WordPress export/)
  })

  it('stores nothing of a WordPress export whose import fails half-way, redirects included; then imports it in full', async () => {
    const xml = readFileSync(path.join(WXR_DIR, 'clinic-site.xml'), 'utf-8')
    const redirects = () => t.payload.count({ collection: 'redirects', overrideAccess: true }).then((result) => result.totalDocs)
    const before = { ...(await countEverything(t.payload)), redirects: await redirects() }
    const failing = importLegacyExport(t.payload, {
      text: xml,
      fileName: 'clinic-site.xml',
      onPage: (_outcome, done) => {
        if (done === 3) throw new Error('the server went away')
      },
    })
    await expect(failing).rejects.toThrow('the server went away')
    expect({ ...(await countEverything(t.payload)), redirects: await redirects() }).toEqual(before)

    const report = await importLegacyExport(t.payload, { text: xml, fileName: 'clinic-site.xml' })
    if (!report.ok) throw new Error(report.error)
    expect(report.pages.map((page) => page.kind).sort()).toEqual([
      'condition-guide',
      'research-summary',
      'research-summary',
      'research-summary',
      'research-summary',
      'research-summary',
    ])
    expect(report.pages.every((page) => page.action === 'created' && page.redirectFrom?.startsWith('/2022/03/'))).toBe(true)
    expect(await redirects()).toBe(before.redirects + 6)
  })
})
