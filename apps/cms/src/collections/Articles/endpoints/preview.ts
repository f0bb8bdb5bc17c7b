import type { Endpoint } from 'payload'
import { isWorkflowState, STATE_LABELS, type WorkflowState } from '@clinic/workflow'

import { isStaff } from '../../../auth/hasRole'
import { siteUrls } from '../../../endpoints/feeds/siteUrls'
import { mintPreviewToken, PREVIEW_TOKEN_TTL_SECONDS, verifyPreviewToken } from '../preview/previewToken'

const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404, headers: { 'Cache-Control': 'private, no-store' } })

/**
 * What the site's article page renders, and nothing staff-only (reviewer account, scheduling,
 * claim findings, import notes): the preview is read with access overridden, so fields are allowed
 * by name.
 */
const PREVIEW_SELECT = {
  title: true,
  slug: true,
  type: true,
  excerpt: true,
  meta: true,
  heroImage: true,
  body: true,
  citations: true,
  conditions: true,
  disclaimers: true,
  publishedAt: true,
  reviewerName: true,
  reviewedAt: true,
  workflowState: true,
  approvedByOverride: true,
  updatedAt: true,
  createdAt: true,
} as const

/** The article's latest version, draft or not, with the site's URLs (a missing one is null). */
async function latestVersion(req: Parameters<Endpoint['handler']>[0], id: number) {
  const found = await req.payload.find({
    collection: 'articles',
    where: { id: { equals: id } },
    draft: true,
    depth: 1,
    limit: 1,
    select: PREVIEW_SELECT,
    overrideAccess: true,
    req,
  })
  return found.docs[0] ?? null
}

/** States in which the previewed text is the text a medical reviewer approved. */
const REVIEWED_STATES: readonly WorkflowState[] = ['approved', 'published']

/**
 * What the preview page may say about medical review. A draft carries the reviewer name of the
 * last approval until it is approved again, but its text is not what that reviewer signed off:
 * "Medically reviewed by" shows only when this very version is approved (and not by an admin's
 * override); otherwise the page is told which review state the draft is in.
 */
export function previewReview(article: Record<string, unknown>) {
  const { workflowState, approvedByOverride, reviewerName, reviewedAt, reviewerProfile, ...rest } = article
  const state: WorkflowState = isWorkflowState(workflowState) ? workflowState : 'draft'
  const reviewed = REVIEWED_STATES.includes(state) && approvedByOverride !== true && typeof reviewerName === 'string' && reviewerName.trim() !== ''
  return {
    ...rest,
    reviewerName: reviewed ? reviewerName : null,
    reviewedAt: reviewed ? (reviewedAt ?? null) : null,
    reviewerProfile: reviewed ? (reviewerProfile ?? null) : null,
    preview: { reviewState: state, reviewStateLabel: STATE_LABELS[state], medicallyReviewed: reviewed },
  }
}

/** For staff: a link to the latest draft of article `:id` on the site, with a token minted now; else the refusal. */
async function freshPreviewUrl(req: Parameters<Endpoint['handler']>[0]): Promise<string | Response> {
  if (!req.user) return Response.json({ errors: [{ message: 'Sign in to preview drafts.' }] }, { status: 401 })
  if (!isStaff(req.user)) return Response.json({ errors: [{ message: 'Only editorial staff preview drafts.' }] }, { status: 403 })
  const id = Number(req.routeParams?.id)
  const article = Number.isInteger(id) ? await latestVersion(req, id) : null
  if (!article?.slug) return notFound()
  return siteUrls.articlePreview(article.slug, mintPreviewToken(id))
}

/**
 * GET /api/articles/:id/preview-url — staff only: a link to the article's latest draft on the
 * real site, signed for this article and valid for ten minutes.
 */
export const previewUrlEndpoint: Endpoint = {
  path: '/:id/preview-url',
  method: 'get',
  handler: async (req) => {
    const url = await freshPreviewUrl(req)
    if (url instanceof Response) return url
    return Response.json({ url, expiresInSeconds: PREVIEW_TOKEN_TTL_SECONDS }, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}

/**
 * GET /api/articles/:id/open-preview — what the edit view's "Preview" button opens: a token minted
 * at the moment of the click and a redirect to the draft on the site. The button itself carries no
 * token, so an edit view left open for hours still previews (issue 14.8); a second GET of the
 * same click (browsers may repeat one) only mints another short-lived token.
 */
export const openPreviewEndpoint: Endpoint = {
  path: '/:id/open-preview',
  method: 'get',
  handler: async (req) => {
    const url = await freshPreviewUrl(req)
    if (url instanceof Response) return url
    return new Response(null, { status: 303, headers: { Location: url, 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' } })
  },
}

/**
 * GET /api/articles/preview?slug=&token= — the site's preview page reads the draft here. Only a
 * valid, unexpired token minted for this very article opens it; anything else is a 404 that says
 * nothing about whether the article exists.
 */
export const articlePreviewEndpoint: Endpoint = {
  path: '/preview',
  method: 'get',
  handler: async (req) => {
    const slug = typeof req.query.slug === 'string' ? req.query.slug : ''
    const token = typeof req.query.token === 'string' ? req.query.token : ''
    const id = verifyPreviewToken(token)
    if (id === null || !slug) return notFound()
    const article = await latestVersion(req, id)
    if (!article || article.slug !== slug) return notFound()
    return Response.json(previewReview(article as unknown as Record<string, unknown>), { headers: { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' } })
  },
}
