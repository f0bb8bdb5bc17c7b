import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { STATE_LABELS, whoMayRefusal } from '@clinic/workflow'

import { isStaff } from '../../../auth/hasRole'
import { actorFor, actorId } from '../workflow/actor'
import { loadReviewState } from '../workflow/articleState'
import { sendCommentNotices } from '../workflow/commentNotices'
import type { WorkflowIntent } from '../workflow/context'
import { isWorkflowRefusal } from '../workflow/refusal'
import { REVIEW_KINDS, type ReviewedCollection } from '../workflow/reviewKinds'
import { changesSinceReview } from '../workflow/changesSinceReview'
import { workflowStatus } from '../workflow/status'
import { takeWorkflowAction } from '../workflow/takeAction'
import { trailSubject } from '../hooks/recordTransition'
import { parseWorkflowRequest } from './workflowRequest'

const errorResponse = (status: number, message: string, data?: unknown) =>
  Response.json({ errors: [{ message, ...(data ? { data } : {}) }] }, { status })

/** The document, if this user may see it at all (404 otherwise, as for GET /api/<collection>/:id). */
async function documentIdFor(req: PayloadRequest, collection: ReviewedCollection): Promise<number | Response> {
  if (!req.user) return errorResponse(401, 'Sign in to use the editorial workflow.')
  if (!isStaff(req.user)) return errorResponse(403, 'Only editorial staff take part in the workflow.')
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id)) return errorResponse(404, 'Not Found')
  const found = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    req,
  })
  return found.docs.length > 0 ? id : errorResponse(404, 'Not Found')
}

/** GET /api/<collection>/:id/changes-since-review — the words changed since the last review, and the claims findings as sentences. */
export const changesSinceReviewEndpointFor = (collection: ReviewedCollection): Endpoint => ({
  path: '/:id/changes-since-review',
  method: 'get',
  handler: async (req) => {
    const id = await documentIdFor(req, collection)
    if (id instanceof Response) return id
    return Response.json(await changesSinceReview(req, collection, id))
  },
})

/** GET /api/<collection>/:id/workflow — state, the actions this user may take, unmet gates, claim findings, the trail. */
export const workflowStatusEndpointFor = (collection: ReviewedCollection): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    const id = await documentIdFor(req, collection)
    if (id instanceof Response) return id
    const status = await workflowStatus(req, id, collection)
    return status ? Response.json(status) : errorResponse(404, 'Not Found')
  },
})

/**
 * POST /api/articles/:id/workflow {action, comment, publishAt} — take a workflow action, or
 * {action: 'comment', comment} / {action: 'accept_claim', findingKey, justification}. The save goes
 * through the same hook as every other path (roles, transition table, publish gates), as this user.
 */
export const workflowActionEndpointFor = (collection: ReviewedCollection): Endpoint => ({
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const kind = REVIEW_KINDS[collection]
    const id = await documentIdFor(req, collection)
    if (id instanceof Response) return id
    await addDataAndFileToRequest(req)
    const parsed = parseWorkflowRequest(req.data ?? {})
    if ('refusal' in parsed) return errorResponse(400, parsed.refusal)
    const body = parsed.request

    try {
      const stored = await loadReviewState(req, collection, id)
      if (!stored) return errorResponse(404, 'Not Found')

      if (body.action === 'comment') {
        const { comment } = body
        const actor = actorFor(req)
        const title = String((stored.latest as Record<string, unknown>)[kind.titleField] ?? '')
        const event = await req.payload.create({
          collection: 'workflow-events',
          data: {
            ...trailSubject(collection, id),
            articleTitle: title || null,
            action: 'comment',
            from: stored.state,
            to: stored.state,
            actor: actorId(actor),
            actorName: actor.name,
            comment,
            summary: `Comment (${STATE_LABELS[stored.state]})`,
          },
          overrideAccess: true,
          req,
        })
        const author = (stored.latest as { author?: unknown }).author
        const told = await sendCommentNotices(req, {
          collection,
          documentId: id,
          title,
          comment,
          eventId: event.id,
          authorId:
            typeof author === 'number' ? author : author && typeof author === 'object' ? Number((author as { id: unknown }).id) : null,
        })
        const message = told.length > 0 ? `Comment added; e-mailed ${told.join(', ')}.` : 'Comment added.'
        return Response.json({ ok: true, message, status: await workflowStatus(req, id, collection) })
      }

      let intent: WorkflowIntent
      if (body.action === 'accept_claim') {
        intent = { collection, documentId: id, kind: 'accept_claim', findingKey: body.findingKey, justification: body.justification }
      } else {
        intent = {
          collection,
          documentId: id,
          kind: 'transition',
          action: body.action,
          comment: body.comment ?? null,
          publishAt: body.publishAt ?? null,
        }
      }

      // Say who may act in the workflow's words before Payload's access check says a generic "not allowed".
      const notYours = intent.kind === 'transition' ? whoMayRefusal(intent.action, actorFor(req).roles) : null
      if (notYours) return errorResponse(403, notYours)

      const saved = await takeWorkflowAction(req.payload, intent, { user: req.user, req })
      return Response.json({
        ok: true,
        message: `Done: the ${kind.noun} is now ${STATE_LABELS[saved.workflowState ?? 'draft']}.`,
        status: await workflowStatus(req, id, collection),
      })
    } catch (error) {
      if (isWorkflowRefusal(error)) return errorResponse(error.status, error.message, error.data ?? undefined)
      throw error
    }
  },
})

export const workflowStatusEndpoint = workflowStatusEndpointFor('articles')
export const workflowActionEndpoint = workflowActionEndpointFor('articles')
export const changesSinceReviewEndpoint = changesSinceReviewEndpointFor('articles')
