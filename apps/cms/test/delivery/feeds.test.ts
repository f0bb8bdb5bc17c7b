import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemoContent } from '../../src/seed'
import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let t: TestPayload
let editor: RestClient
let publishedSlugs: string[]
let draftSlugs: string[]

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'url' })
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/

beforeAll(async () => {
  process.env.SEED_ADMIN_PASSWORD = 'feeds-admin-password'
  t = await startTestPayload()
  await seedDemoContent(t.payload)
  const user = await createUser(t.payload, ['editor'])
  editor = await t.rest.login(user.email, user.password)
  const all = await t.payload.find({ collection: 'articles', overrideAccess: true, limit: 100, draft: false })
  publishedSlugs = all.docs.filter((a) => a._status === 'published').map((a) => a.slug!)
  draftSlugs = all.docs.filter((a) => a._status !== 'published').map((a) => a.slug!)
  expect(publishedSlugs.length).toBeGreaterThan(0)
  expect(draftSlugs.length).toBeGreaterThan(0)
})
afterAll(() => t?.stop())

describe('RSS 2.0 of research summaries', () => {
  it('is a valid RSS 2.0 channel with one item per published summary and its source citation', async () => {
    const response = await t.rest.get('/feeds/research.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/)
    const doc = xml.parse(await response.text())
    expect(doc.rss['@_version']).toBe('2.0')
    const channel = doc.rss.channel
    for (const required of ['title', 'link', 'description']) expect(channel[required]).toBeTruthy()
    const links = channel.item.map((item: { link: string }) => item.link)
    expect(links.sort()).toEqual(publishedSlugs.map((slug) => `http://localhost:5173/research/${slug}`).sort())
    for (const item of channel.item) {
      expect(item.title).toBeTruthy()
      expect(item.pubDate).toMatch(RFC_822)
      expect(item.guid['#text'] ?? item.guid).toBe(item.link)
      expect(item['content:encoded']).toMatch(/Source: .+ doi: 10\./)
      // HTML, not plain text: readers show the excerpt and the source as paragraphs.
      expect(item['content:encoded']).toMatch(/^<p>[^<]+<\/p><p>Source: [^<]+<\/p>$/)
    }
    const self = channel['atom:link']
    expect(self['@_rel']).toBe('self')
    expect(self['@_type']).toBe('application/rss+xml')
    expect(new URL(self['@_href']).pathname).toBe('/api/feeds/research.xml')
  })

  it('can be limited to one condition and refuses an unknown one', async () => {
    const condition = await t.payload.find({ collection: 'conditions', where: { name: { equals: 'Knee osteoarthritis' } } })
    const doc = xml.parse(await (await t.rest.get(`/feeds/research.xml?condition=${condition.docs[0]!.slug}`)).text())
    expect(doc.rss.channel.title).toMatch(/Knee osteoarthritis/)
    expect(doc.rss.channel.item).toHaveLength(1)
    expect((await t.rest.get('/feeds/research.xml?condition=no-such-condition')).status).toBe(404)
  })
})

describe('JSON Feed 1.1', () => {
  it('has the fields the 1.1 spec requires and no drafts', async () => {
    const response = await t.rest.get('/feeds/research.json')
    expect(response.headers.get('content-type')).toMatch(/^application\/feed\+json/)
    const feed = await response.json()
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(typeof feed.title).toBe('string')
    expect(feed.items.length).toBe(publishedSlugs.length)
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string')
      expect(typeof (item.content_text ?? item.content_html)).toBe('string')
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published)
      expect(draftSlugs.some((slug) => item.url.endsWith(`/${slug}`))).toBe(false)
    }
  })
})

describe('sitemap', () => {
  it('lists the public pages with absolute URLs and nothing unpublished, even for a signed-in editor', async () => {
    // Drafts of every kind the sitemap lists: a condition and a reviewer profile never published.
    const draftCondition = await editor.post('/conditions', { name: 'Draft-only condition for the sitemap', category: 'other' })
    expect(draftCondition.status).toBe(201)
    const reviewer = await createUser(t.payload, ['medical-reviewer'])
    const draftProfile = await editor.post('/reviewer-profiles', { displayName: 'Dr. Draft Sitemap', user: reviewer.id })
    expect(draftProfile.status).toBe(201)
    const { totalDocs: liveProfiles, docs: profiles } = await t.rest
      .get('/reviewer-profiles?limit=10')
      .then((r) => r.json() as Promise<{ totalDocs: number; docs: { slug: string }[] }>)
    expect(liveProfiles).toBeGreaterThan(0)
    for (const client of [t.rest, editor]) {
      const response = await client.get('/sitemap.xml')
      expect(response.status).toBe(200)
      const doc = xml.parse(await response.text())
      expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
      const locs: string[] = doc.urlset.url.map((u: { loc: string }) => u.loc)
      for (const loc of locs) expect(loc).toMatch(/^http:\/\/localhost:5173\//)
      expect(locs).toContain('http://localhost:5173/research')
      for (const slug of publishedSlugs) expect(locs).toContain(`http://localhost:5173/research/${slug}`)
      for (const slug of draftSlugs) expect(locs).not.toContain(`http://localhost:5173/research/${slug}`)
      for (const { slug } of profiles) expect(locs).toContain(`http://localhost:5173/reviewers/${slug}`)
      expect(locs.filter((loc) => /draft-only-condition|dr-draft-sitemap/.test(loc))).toEqual([])
      for (const url of doc.urlset.url) if (url.lastmod) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}/)
    }
  })
})
