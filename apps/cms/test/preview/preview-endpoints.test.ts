import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@clinic/shared-types'

import type * as PreviewTokens from '../../src/collections/Articles/preview/previewToken'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { actAll, type Cast, signInEveryone, writeSummary } from '../workflow/helpers'

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

type PreviewBody = Article & { preview?: { reviewState: string; reviewStateLabel: string; medicallyReviewed: boolean } }

describe('the preview never says "Medically reviewed by" about text a reviewer has not approved', () => {
  const previewOf = async (draft: Article) => {
    const { token } = await mintAs(cast.as.editor, draft.id)
    const response = await readPreview(draft.slug!, token!)
    expect(response.status).toBe(200)
    return (await response.json()) as PreviewBody
  }

  it('a draft never reviewed: no reviewer, and the page is told it is a draft', async () => {
    const body = await previewOf(article)
    expect(body.reviewerName ?? null).toBeNull()
    expect(body.reviewedAt ?? null).toBeNull()
    expect(body.preview).toEqual({ reviewState: 'draft', reviewStateLabel: 'Draft', medicallyReviewed: false })
    expect(body).not.toHaveProperty('workflowState')
    expect(body).not.toHaveProperty('approvedByOverride')
  })

  it('names the reviewer once approved, and stops as soon as the text is edited again', async () => {
    const summary = await writeSummary(t, cast.as.editor, { title: 'Approved, then edited' })
    await actAll(summary.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
    ])
    const approved = await previewOf(summary)
    const reviewer = await t.payload.findByID({ collection: 'users', id: cast.users.reviewer.id, overrideAccess: true })
    expect(approved.reviewerName).toBe(reviewer.name)
    expect(approved.reviewedAt).toEqual(expect.any(String))
    expect(approved.preview).toMatchObject({ reviewState: 'approved', medicallyReviewed: true })

    // An edit after approval: the stored reviewer name is the old approval's, not this text's.
    const edited = await cast.as.editor.patch(`/articles/${summary.id}?draft=true`, { excerpt: 'Reworded after the reviewer approved it.' })
    expect(edited.status).toBe(200)
    const pending = await previewOf(summary)
    expect(pending.excerpt).toBe('Reworded after the reviewer approved it.')
    expect(pending.reviewerName ?? null).toBeNull()
    expect(pending.reviewedAt ?? null).toBeNull()
    expect(pending.preview?.medicallyReviewed).toBe(false)
    expect(pending.preview?.reviewState).not.toBe('approved')
  })
})

describe('GET /api/articles/:id/open-preview: the edit view’s Preview button', () => {
  it('mints a token at the moment of the click and sends the editor to the draft on the site', async () => {
    const response = await cast.as.editor.get(`/articles/${article.id}/open-preview`)
    expect(response.status).toBe(303)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const location = new URL(response.headers.get('location')!)
    expect(location.pathname).toBe(`/preview/research/${article.slug}`)
    const token = location.searchParams.get('token')!
    expect(tokens.verifyPreviewToken(token)).toBe(article.id)
    expect((await readPreview(article.slug!, token)).status).toBe(200)
  })

  it('is for staff only, and the button it sits behind carries no token that could expire', async () => {
    expect((await t.rest.get(`/articles/${article.id}/open-preview`)).status).toBe(401)
    expect((await cast.as.marketing.get(`/articles/${article.id}/open-preview`)).status).toBe(403)
    expect((await cast.as.editor.get('/articles/999999/open-preview')).status).toBe(404)
    const { articlePreviewLink } = await import('../../src/collections/Articles/preview/previewLink')
    const editorUser = { ...cast.users.editor, collection: 'users', roles: ['editor'] }
    const link = await articlePreviewLink(article as never, { req: { user: editorUser } } as never)
    expect(link).toMatch(new RegExp(`/api/articles/${article.id}/open-preview$`))
    expect(link).not.toContain('token')
  })
})

describe('a condition’s draft previews the same way (issue 14.8)', () => {
  it('opens the latest draft on the site’s condition page, with the review state, and only for its own token', async () => {
    const created = await cast.as.editor.post('/conditions', {
      name: 'Preview-only condition',
      category: 'other',
      summary: 'The first wording.',
    })
    expect(created.status).toBe(201)
    const { doc: condition } = (await created.json()) as { doc: { id: number; slug: string } }
    await actAll(
      condition.id,
      [
        [cast.as.editor, 'submit'],
        [cast.as.reviewer, 'approve'],
        [cast.as.publisher, 'publish'],
      ],
      'conditions',
    )
    expect((await cast.as.editor.patch(`/conditions/${condition.id}`, { summary: 'A revised wording, not yet reviewed.' })).status).toBe(
      200,
    )

    const open = await cast.as.editor.get(`/conditions/${condition.id}/open-preview`)
    expect(open.status).toBe(303)
    const location = new URL(open.headers.get('location')!)
    expect(location.pathname).toBe(`/preview/conditions/${condition.slug}`)
    const token = location.searchParams.get('token')!

    const read = (kind: string, slug: string, with_: string) =>
      t.rest.get(`/${kind}/preview?slug=${encodeURIComponent(slug)}&token=${encodeURIComponent(with_)}`)
    const response = await read('conditions', condition.slug, token)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const draft = (await response.json()) as {
      summary: string
      reviewerName: unknown
      preview: { medicallyReviewed: boolean; reviewStateLabel: string }
    }
    expect(draft.summary).toBe('A revised wording, not yet reviewed.')
    expect(draft.preview.medicallyReviewed).toBe(false)
    expect(draft.reviewerName).toBeNull()
    // The published page keeps the reviewed wording.
    const published = (await (await t.rest.get(`/conditions/${condition.id}`)).json()) as { summary: string }
    expect(published.summary).toBe('The first wording.')
    // A token opens only its own kind: an article token with the same id, or a condition token on articles, opens nothing.
    expect((await read('conditions', condition.slug, tokens.mintPreviewToken(condition.id))).status).toBe(404)
    expect((await read('articles', condition.slug, token)).status).toBe(404)
    expect((await cast.as.marketing.get(`/conditions/${condition.id}/open-preview`)).status).toBe(403)
  })
})
