import type { Endpoint } from 'payload'
import { isWorkflowState, STATE_LABELS, type WorkflowState } from '@clinic/workflow'

import { isStaff } from '../../../auth/hasRole'
import { siteUrls } from '../../../endpoints/feeds/siteUrls'
import { mintPreviewToken, PREVIEW_TOKEN_TTL_SECONDS, type PreviewKind, verifyPreviewToken } from '../preview/previewToken'

const notFound = () =>
  Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404, headers: { 'Cache-Control': 'private, no-store' } })

/**
 * What the site's article page renders, and nothing staff-only (reviewer account, scheduling,
 * claim findings, import notes): the preview is read with access overridden, so fields are allowed
 * by name.
 */
const ARTICLE_SELECT = {
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
  reviewerProfile: true,
  workflowState: true,
  approvedByOverride: true,
  updatedAt: true,
  createdAt: true,
} as const

/** What the site's condition page renders. */
const CONDITION_SELECT = {
  name: true,
  slug: true,
  category: true,
  summary: true,
  meta: true,
  body: true,
  reviewerName: true,
  reviewedAt: true,
  workflowState: true,
  approvedByOverride: true,
  updatedAt: true,
  createdAt: true,
} as const

/** Each kind with a page of its own on the site: what the page reads and where the draft opens. */
const PREVIEWABLE: Record<PreviewKind, { select: Record<string, true>; noun: string; siteUrl(slug: string, token: string): string }> = {
  articles: { select: ARTICLE_SELECT, noun: 'articles', siteUrl: siteUrls.articlePreview },
  conditions: { select: CONDITION_SELECT, noun: 'conditions', siteUrl: siteUrls.conditionPreview },
}

/** The document's latest version, draft or not, as its site page reads it (a missing one is null). */
async function latestVersion(req: Parameters<Endpoint['handler']>[0], kind: PreviewKind, id: number) {
  const found = await req.payload.find({
    collection: kind,
    where: { id: { equals: id } },
    draft: true,
    depth: 1,
    limit: 1,
    select: PREVIEWABLE[kind].select,
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
  const reviewed =
    REVIEWED_STATES.includes(state) && approvedByOverride !== true && typeof reviewerName === 'string' && reviewerName.trim() !== ''
  return {
    ...rest,
    reviewerName: reviewed ? reviewerName : null,
    reviewedAt: reviewed ? (reviewedAt ?? null) : null,
    reviewerProfile: reviewed ? (reviewerProfile ?? null) : null,
    preview: { reviewState: state, reviewStateLabel: STATE_LABELS[state], medicallyReviewed: reviewed },
  }
}

/** For staff: a link to the latest draft of document `:id` on the site, with a token minted now; else the refusal. */
async function freshPreviewUrl(req: Parameters<Endpoint['handler']>[0], kind: PreviewKind): Promise<string | Response> {
  if (!req.user) return Response.json({ errors: [{ message: 'Sign in to preview drafts.' }] }, { status: 401 })
  if (!isStaff(req.user)) return Response.json({ errors: [{ message: 'Only editorial staff preview drafts.' }] }, { status: 403 })
  const id = Number(req.routeParams?.id)
  const doc = Number.isInteger(id) ? await latestVersion(req, kind, id) : null
  if (typeof doc?.slug !== 'string' || !doc.slug) return notFound()
  return PREVIEWABLE[kind].siteUrl(doc.slug, mintPreviewToken(id, Date.now(), kind))
}

/**
 * GET /api/<kind>/:id/preview-url — staff only: a link to the document's latest draft on the
 * real site, signed for this document and valid for ten minutes.
 */
export const previewUrlEndpointFor = (kind: PreviewKind): Endpoint => ({
  path: '/:id/preview-url',
  method: 'get',
  handler: async (req) => {
    const url = await freshPreviewUrl(req, kind)
    if (url instanceof Response) return url
    return Response.json({ url, expiresInSeconds: PREVIEW_TOKEN_TTL_SECONDS }, { headers: { 'Cache-Control': 'private, no-store' } })
  },
})

/**
 * GET /api/<kind>/:id/open-preview — what the edit view's "Preview" button opens: a token minted
 * at the moment of the click and a redirect to the draft on the site. The button itself carries no
 * token, so an edit view left open for hours still previews (issue 14.8); a second GET of the
 * same click (browsers may repeat one) only mints another short-lived token.
 */
export const openPreviewEndpointFor = (kind: PreviewKind): Endpoint => ({
  path: '/:id/open-preview',
  method: 'get',
  handler: async (req) => {
    const url = await freshPreviewUrl(req, kind)
    if (url instanceof Response) return url
    return new Response(null, {
      status: 303,
      headers: { Location: url, 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' },
    })
  },
})

/**
 * GET /api/<kind>/preview?slug=&token= — the site's preview page reads the draft here. Only a
 * valid, unexpired token minted for this very document (and kind) opens it; anything else is a 404
 * that says nothing about whether the document exists.
 */
export const previewEndpointFor = (kind: PreviewKind): Endpoint => ({
  path: '/preview',
  method: 'get',
  handler: async (req) => {
    const slug = typeof req.query.slug === 'string' ? req.query.slug : ''
    const token = typeof req.query.token === 'string' ? req.query.token : ''
    const id = verifyPreviewToken(token, Date.now(), kind)
    if (id === null || !slug) return notFound()
    const doc = await latestVersion(req, kind, id)
    if (!doc || doc.slug !== slug) return notFound()
    return Response.json(previewReview(doc as unknown as Record<string, unknown>), {
      headers: { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' },
    })
  },
})

export const articlePreviewEndpoint = previewEndpointFor('articles')
export const previewUrlEndpoint = previewUrlEndpointFor('articles')
export const openPreviewEndpoint = openPreviewEndpointFor('articles')
