/**
 * Old addresses on the real built site: an address recorded as a redirect answers 301 to its
 * target's page once the target is published, never while it is a draft or after it is
 * unpublished, and the sitemap lists only the final address.
 */
import { randomBytes } from 'node:crypto'

import type { Article, Condition } from '@clinic/shared-types'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { CmsSession, review, richText } from './cmsContent'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const cmsAdmin = inject('cmsAdmin')
const stamp = randomBytes(4).toString('hex')
const OLD_PATH = `/2016/04/stem-cells-and-your-knees-${stamp}/`

let admin: CmsSession
let reviewer: CmsSession
let article: Article

const visit = (path: string) => fetch(`${webUrl}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(15_000) })

beforeAll(async () => {
  admin = await CmsSession.signIn(cmsUrl, cmsAdmin.email, cmsAdmin.password)
  reviewer = await CmsSession.signIn(cmsUrl, 'e2e-reviewer@example.test', 'e2e-reviewer-password-1')
  const { docs } = await admin.request<{ docs: Condition[] }>('GET', '/conditions?where[slug][equals]=spinal-cord-injury&depth=0')
  const { doc } = await admin.request<{ doc: Article }>('POST', '/articles', {
    title: `Looking after your knees ${stamp}`,
    type: 'lifestyle-post',
    excerpt: 'Simple habits that keep knees moving, from the old site.',
    body: richText('Keep moving, a little every day.'),
    conditions: [docs[0]!.id],
  })
  article = doc
  await admin.request('POST', '/redirects', { from: OLD_PATH, toType: 'article', toArticle: article.id })
})

describe('an old address', () => {
  it('is a 404 while its target is a draft', async () => {
    const response = await visit(OLD_PATH)
    expect(response.status).toBe(404)
    expect(response.headers.get('location')).toBeNull()
  })

  it('answers 301 to the published page, which then opens', async () => {
    await review(admin, reviewer, 'articles', article.id)
    const response = await visit(OLD_PATH)
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe(`/research/${article.slug}`)
    // Without the trailing slash, as some bookmarks have it: the same redirect.
    expect((await visit(OLD_PATH.replace(/\/$/, ''))).headers.get('location')).toBe(`/research/${article.slug}`)

    const followed = await fetch(`${webUrl}${OLD_PATH}`, { signal: AbortSignal.timeout(15_000) })
    expect(followed.status).toBe(200)
    expect(followed.url).toBe(`${webUrl}/research/${article.slug}`)
    expect(await followed.text()).toContain(`Looking after your knees ${stamp}`)
  })

  it('is not in the sitemap; its final address is', async () => {
    const sitemap = await (await fetch(`${webUrl}/sitemap.xml`, { signal: AbortSignal.timeout(15_000) })).text()
    expect(sitemap).toContain(`/research/${article.slug}<`)
    expect(sitemap).not.toContain(OLD_PATH.replace(/\/$/, ''))
  })

  it('stops redirecting at once when its target is unpublished', async () => {
    await admin.request('POST', `/articles/${article.id}/workflow`, { action: 'unpublish' })
    expect((await visit(OLD_PATH)).status).toBe(404)
  })
})
