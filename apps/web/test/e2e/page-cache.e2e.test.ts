/**
 * The site's page cache (server/pageCache.ts) on real built servers: pages once rendered are served
 * from memory, and every change visitors could see reaches TWO site instances within 2 s of the
 * CMS's answer, found by polling both with a deadline. Previews and errors are never stored, and an
 * instance keeps no more bytes than it is given.
 */
import { randomBytes } from 'node:crypto'

import type { Article, Condition, Disclaimer } from '@clinic/shared-types'
import { findFreePort, startWebServer, type WebServer } from '@clinic/test-harness'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { CmsSession, publishArticle, review, richText } from './cmsContent'

/** The promise: a change shows on every instance within this long of the CMS confirming it. */
const VISIBLE_WITHIN_MS = 2000
const cmsUrl = inject('cmsUrl')
const stamp = randomBytes(4).toString('hex')
/** The third instance's budget: room for a few home pages (each kept plain, gzipped and in brotli). */
const SMALL_CACHE_BYTES = 200 * 1024

let editor: CmsSession
let reviewer: CmsSession
let second: WebServer
let small: WebServer
let instances: string[]
let condition: Condition
let article: Article
let disclaimer: Disclaimer

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(15_000) })
  return {
    status: response.status,
    cache: response.headers.get('x-page-cache'),
    etag: response.headers.get('etag'),
    body: await response.text(),
  }
}

/**
 * Reads `path` on an instance until it is a cache hit, proving a stale copy would be served. (A
 * change made just before, e.g. by another test, drops what was stored until the instance learns of it.)
 */
async function warm(base: string, path: string) {
  const deadline = Date.now() + 5000
  for (;;) {
    const page = await get(`${base}${path}`)
    if (page.cache === 'hit') return page
    if (Date.now() > deadline) throw new Error(`${base}${path} was never served from the cache within 5 s (last: ${page.cache})`)
  }
}

/**
 * Polls `path` on every instance until `shows` holds for each, then says how long the slowest took
 * from `since` (the CMS's answer to the change). Gives up at 10 s so a failure says how far off it was.
 */
async function msUntilEveryInstance(
  path: string,
  since: number,
  shows: (page: { status: number; body: string }) => boolean,
): Promise<number> {
  const deadline = since + 10_000
  const seenAt = await Promise.all(
    instances.map(async (base) => {
      for (;;) {
        const page = await get(`${base}${path}`)
        if (shows(page)) return Date.now()
        if (Date.now() > deadline) throw new Error(`${base}${path} still shows the old page 10 s after the change`)
        await new Promise((resolve) => setImmediate(resolve))
      }
    }),
  )
  return Math.max(...seenAt) - since
}

beforeAll(async () => {
  const admin = inject('cmsAdmin')
  editor = await CmsSession.signIn(cmsUrl, admin.email, admin.password)
  reviewer = await CmsSession.signIn(cmsUrl, 'e2e-reviewer@example.test', 'e2e-reviewer-password-1')
  second = await startWebServer({ port: await findFreePort(), cmsUrl })
  small = await startWebServer({ port: await findFreePort(), cmsUrl, env: { PAGE_CACHE_MAX_BYTES: String(SMALL_CACHE_BYTES) } })
  instances = [inject('webUrl'), second.url]

  // Content of this file's own, so the changes below touch no other test's pages.
  ;({ doc: condition } = await editor.request<{ doc: Condition }>('POST', '/conditions', {
    name: `Cached condition ${stamp}`,
    category: 'pulmonary',
    summary: 'The first reviewed summary.',
  }))
  await review(editor, reviewer, 'conditions', condition.id)
  ;({ doc: disclaimer } = await editor.request<{ doc: Disclaimer }>('POST', '/disclaimers', {
    title: `About cached condition ${stamp}`,
    scope: 'condition',
    conditions: [condition.id],
    active: true,
    body: richText('The first disclaimer text.'),
  }))
  await review(editor, reviewer, 'disclaimers', disclaimer.id)
  article = await publishArticle(editor, reviewer, {
    title: `A cached article ${stamp}`,
    type: 'lifestyle-post',
    excerpt: 'An article whose pages the cache keeps until something changes.',
    body: richText('The cached article body.'),
    conditions: [condition.id],
  })
}, 180_000)

afterAll(async () => {
  await second?.stop()
  await small?.stop()
})

describe('a page visitors have seen', () => {
  it('is answered from memory the second time, byte for byte, and revalidates with 304', async () => {
    const url = `${second.url}/research/${article.slug}`
    const first = await get(url)
    expect([first.status, first.cache]).toEqual([200, 'miss'])
    const stored = await warm(second.url, `/research/${article.slug}`)
    const again = await get(url)
    expect([again.status, again.cache, again.etag]).toEqual([200, 'hit', stored.etag])
    expect(again.body).toBe(stored.body)
    expect(again.body).toContain(article.title)
    const revalidated = await fetch(url, { headers: { 'If-None-Match': again.etag! }, signal: AbortSignal.timeout(15_000) })
    expect(revalidated.status).toBe(304)
  })

  it('carries the same headers from memory as when it was rendered (the warm path skips the rest of the server)', async () => {
    const path = `/conditions/${condition.slug}`
    const headersOf = async (response: Response) => {
      await response.arrayBuffer()
      const headers = Object.fromEntries(response.headers)
      for (const varying of ['date', 'x-page-cache', 'connection', 'keep-alive', 'content-length']) delete headers[varying]
      return headers
    }
    const plain = { 'Accept-Encoding': 'identity' }
    const rendered = await fetch(`${second.url}${path}`, { headers: { ...plain, Cookie: 'a=b' }, signal: AbortSignal.timeout(15_000) })
    expect(rendered.headers.get('x-page-cache')).toBe('bypass')
    await warm(second.url, path)
    const fromMemory = await fetch(`${second.url}${path}`, { headers: plain, signal: AbortSignal.timeout(15_000) })
    expect(fromMemory.headers.get('x-page-cache')).toBe('hit')
    const [renderedHeaders, storedHeaders] = [await headersOf(rendered), await headersOf(fromMemory)]
    expect(storedHeaders['content-security-policy']).toContain("script-src 'self'")
    // The stored page adds its ETag; everything the rendered one said, it says alike.
    expect({ ...storedHeaders, etag: undefined }).toEqual({ ...renderedHeaders, etag: undefined })
  })

  it('is sent compressed in the encoding asked for, from bytes made once', async () => {
    const url = `${second.url}/research/${article.slug}`
    await warm(second.url, `/research/${article.slug}`)
    for (const encoding of ['br', 'gzip']) {
      const response = await fetch(url, { headers: { 'Accept-Encoding': encoding }, signal: AbortSignal.timeout(15_000) })
      expect(response.headers.get('content-encoding')).toBe(encoding)
      expect(response.headers.get('x-page-cache')).toBe('hit')
      expect(await response.text()).toContain(article.title)
    }
  })
})

describe('a change visitors could see reaches both instances within 2 s', () => {
  it('a newly published article appears in the library', async () => {
    for (const base of instances) await warm(base, '/research')
    const title = `Published while cached ${stamp}`
    const { doc } = await editor.request<{ doc: Article }>('POST', '/articles', {
      title,
      type: 'lifestyle-post',
      excerpt: 'Appears in the library within two seconds.',
      body: richText('New.'),
      conditions: [condition.id],
    })
    await editor.request('POST', `/articles/${doc.id}/workflow`, { action: 'submit' })
    await reviewer.request('POST', `/articles/${doc.id}/workflow`, { action: 'approve' })
    await editor.request('POST', `/articles/${doc.id}/workflow`, { action: 'publish' })
    const publishedAt = Date.now()
    expect(await msUntilEveryInstance('/research', publishedAt, (page) => page.body.includes(title))).toBeLessThan(VISIBLE_WITHIN_MS)
  })

  it('a live condition’s new summary replaces the old one', async () => {
    const path = `/conditions/${condition.slug}`
    for (const base of instances) expect((await warm(base, path)).body).toContain('The first reviewed summary.')
    await editor.request('PATCH', `/conditions/${condition.id}?draft=true`, { summary: 'The second reviewed summary.' })
    await review(editor, reviewer, 'conditions', condition.id)
    const changedAt = Date.now()
    expect(await msUntilEveryInstance(path, changedAt, (page) => page.body.includes('The second reviewed summary.'))).toBeLessThan(
      VISIBLE_WITHIN_MS,
    )
  })

  it('a disclaimer’s new text replaces the old one on the articles it covers', async () => {
    const path = `/research/${article.slug}`
    for (const base of instances) expect((await warm(base, path)).body).toContain('The first disclaimer text.')
    await editor.request('PATCH', `/disclaimers/${disclaimer.id}?draft=true`, { body: richText('The second disclaimer text.') })
    await review(editor, reviewer, 'disclaimers', disclaimer.id)
    const changedAt = Date.now()
    expect(await msUntilEveryInstance(path, changedAt, (page) => page.body.includes('The second disclaimer text.'))).toBeLessThan(
      VISIBLE_WITHIN_MS,
    )
  })

  it('an unpublished article is gone (404)', async () => {
    const path = `/research/${article.slug}`
    for (const base of instances) await warm(base, path)
    await editor.request('POST', `/articles/${article.id}/workflow`, { action: 'unpublish' })
    const unpublishedAt = Date.now()
    expect(await msUntilEveryInstance(path, unpublishedAt, (page) => page.status === 404)).toBeLessThan(VISIBLE_WITHIN_MS)
  })
})

describe('never stored', () => {
  it('a 404, however often it is asked for', async () => {
    const url = `${second.url}/research/no-such-article-${stamp}`
    for (let i = 0; i < 3; i++) expect(await get(url)).toMatchObject({ status: 404, cache: 'bypass' })
  })

  it('a preview path, with or without a token', async () => {
    for (const path of [`/preview/research/${article.slug}`, `/preview/research/${article.slug}?token=1.2.abc`]) {
      for (let i = 0; i < 2; i++) expect((await get(`${second.url}${path}`)).cache).toBe('bypass')
    }
  })

  it('a request with a cookie or authorization, even for a stored page', async () => {
    await warm(second.url, '/')
    expect((await get(`${second.url}/`, { Cookie: 'payload-token=x' })).cache).toBe('bypass')
    expect((await get(`${second.url}/`, { Authorization: 'JWT x' })).cache).toBe('bypass')
  })
})

describe('memory', () => {
  it('stays within PAGE_CACHE_MAX_BYTES: the least recently used pages are dropped', async () => {
    // Distinct queries are distinct entries of the same size (the home page), counted as the cache
    // counts them: the page plain, gzipped and in brotli.
    const sizes = await Promise.all(
      ['identity', 'gzip', 'br'].map(async (encoding) => {
        const response = await fetch(`${small.url}/?visit=probe`, {
          headers: { 'Accept-Encoding': encoding },
          signal: AbortSignal.timeout(15_000),
        })
        return Number(response.headers.get('content-length'))
      }),
    )
    const entryBytes = sizes.reduce((sum, size) => sum + size, 0)
    const fits = Math.floor(SMALL_CACHE_BYTES / entryBytes)
    expect(fits, `one home page entry is ${entryBytes} bytes`).toBeGreaterThanOrEqual(2)
    const paths = Array.from({ length: fits + 2 }, (_, i) => `/?visit=${i}`)
    for (const path of paths) expect((await get(`${small.url}${path}`)).cache).toBe('miss')
    // The newest stay; the oldest were dropped to stay within the budget.
    expect((await get(`${small.url}${paths.at(-1)!}`)).cache).toBe('hit')
    expect((await get(`${small.url}${paths.at(-2)!}`)).cache).toBe('hit')
    expect((await get(`${small.url}${paths[0]!}`)).cache).toBe('miss')
  })
})
