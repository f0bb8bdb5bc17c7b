import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@clinic/shared-types'

import type * as PreviewTokens from '../../src/collections/Articles/preview/previewToken'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { type Cast, signInEveryone, writeSummary } from '../workflow/helpers'

let t: TestPayload
let cast: Cast
let article: Article
let other: Article
// Imported once the test database is chosen: the module reads the CMS's settings (env.ts) when loaded.
let tokens: typeof PreviewTokens

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  tokens = await import('../../src/collections/Articles/preview/previewToken')
  cast = await signInEveryone(t)
  article = await writeSummary(t, cast.as.editor, { title: 'A draft nobody outside should read' })
  other = await writeSummary(t, cast.as.editor, { title: 'Another draft entirely' })
})
afterAll(() => t?.stop())

/** GET /api/articles/:id/preview-url as `client`: the signed link and its token. */
async function mintAs(client: Cast['as'][keyof Cast['as']] | TestPayload['rest'], id: number) {
  const response = await client.get(`/articles/${id}/preview-url`)
  const body = (await response.json()) as { url?: string; expiresInSeconds?: number }
  const token = body.url ? new URL(body.url).searchParams.get('token') : null
  return { status: response.status, body, token, cacheControl: response.headers.get('cache-control') }
}

const readPreview = (slug: string, token: string) =>
  t.rest.get(`/articles/preview?slug=${encodeURIComponent(slug)}&token=${encodeURIComponent(token)}`)

describe('GET /api/articles/:id/preview-url mints preview links for staff only', () => {
  it('gives an editor a ten-minute link to the draft on the site, never cached', async () => {
    const minted = await mintAs(cast.as.editor, article.id)
    expect(minted.status).toBe(200)
    expect(minted.body.url).toMatch(new RegExp(`/preview/research/${article.slug}\\?token=`))
    expect(minted.body.expiresInSeconds).toBe(10 * 60)
    expect(minted.cacheControl).toBe('private, no-store')
  })

  it('refuses anonymous readers (401) and marketing’s read-only accounts (403)', async () => {
    expect((await mintAs(t.rest, article.id)).status).toBe(401)
    expect((await mintAs(cast.as.marketing, article.id)).status).toBe(403)
  })

  it('answers 404 for an article that does not exist', async () => {
    expect((await mintAs(cast.as.editor, 999_999)).status).toBe(404)
  })
})

describe('GET /api/articles/preview?slug=&token= shows the latest draft only with a valid token', () => {
  it('returns the draft to anyone holding the token (the site’s server reads it anonymously)', async () => {
    const { token } = await mintAs(cast.as.editor, article.id)
    const response = await readPreview(article.slug!, token!)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('x-robots-tag')).toBe('noindex')
    const draft = (await response.json()) as Article
    expect(draft.title).toBe('A draft nobody outside should read')
    // Staff-only workflow fields stay out even though the draft is read with access overridden.
    expect(draft).not.toHaveProperty('claimFindings')
    expect(draft).not.toHaveProperty('reviewedBy')
  })

  it('never without a token, with a tampered one, or with one for another article', async () => {
    const { token } = await mintAs(cast.as.editor, article.id)
    const [id, expires, signature] = token!.split('.')
    const flipped = `${signature!.slice(0, -1)}${signature!.endsWith('A') ? 'B' : 'A'}`
    expect((await t.rest.get(`/articles/preview?slug=${article.slug}`)).status).toBe(404)
    expect((await readPreview(article.slug!, `${id}.${expires}.${flipped}`)).status).toBe(404)
    expect((await readPreview(article.slug!, `${other.id}.${expires}.${signature}`)).status).toBe(404)
    // A genuine token for the other article does not open this one.
    const forOther = (await mintAs(cast.as.editor, other.id)).token!
    expect((await readPreview(article.slug!, forOther)).status).toBe(404)
    expect((await readPreview(other.slug!, forOther)).status).toBe(200)
  })

  it('never once the token has expired', async () => {
    const { mintPreviewToken, verifyPreviewToken, PREVIEW_TOKEN_TTL_SECONDS } = tokens
    const tenMinutesAgo = Date.now() - PREVIEW_TOKEN_TTL_SECONDS * 1000 - 1000
    const expired = mintPreviewToken(article.id, tenMinutesAgo)
    expect(verifyPreviewToken(expired)).toBeNull()
    expect((await readPreview(article.slug!, expired)).status).toBe(404)
    // Still valid a moment before its expiry.
    const nearlyExpired = mintPreviewToken(article.id, Date.now() - PREVIEW_TOKEN_TTL_SECONDS * 1000 + 30_000)
    expect(verifyPreviewToken(nearlyExpired)).toBe(article.id)
  })
})
