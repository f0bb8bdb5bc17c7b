import type { CollectionAfterChangeHook } from 'payload'

import { STATE_LABELS } from '@clinic/workflow'

import { eventLabel } from '../../WorkflowEvents/kinds'
import { actorFor, actorId } from '../workflow/actor'
import { peekOutcome } from '../workflow/context'
import { REVIEW_KINDS, type ReviewedCollection } from '../workflow/reviewKinds'

/** Writes what enforceWorkflow decided to the trail, in the same transaction as the save. */
export const recordTransitionFor =
  (collection: ReviewedCollection): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    const outcome = peekOutcome(req, collection, doc.id, operation)
    if (!outcome || outcome.events.length === 0) return doc
    const actor = actorFor(req)
    for (const event of outcome.events) {
      const move = event.from === event.to ? STATE_LABELS[event.to] : `${STATE_LABELS[event.from]} → ${STATE_LABELS[event.to]}`
      await req.payload.create({
        collection: 'workflow-events',
        data: {
          ...trailSubject(collection, doc.id),
          articleTitle: (doc as Record<string, unknown>)[REVIEW_KINDS[collection].titleField] as string | undefined,
          action: event.kind,
          from: event.from,
          to: event.to,
          actor: actorId(actor),
          actorName: actor.name,
          comment: event.comment ?? null,
          summary: `${eventLabel(event.kind)}: ${move}`,
        },
        overrideAccess: true,
        req,
      })
    }
    return doc
  }

export const recordTransition = recordTransitionFor('articles')

/** Which document a trail entry is about: articles keep their relationship, other kinds name theirs. */
export function trailSubject(
  collection: ReviewedCollection,
  id: number,
): { article?: number; subjectType: ReviewedCollection; subjectId: number } {
  return { ...(collection === 'articles' ? { article: id } : {}), subjectType: collection, subjectId: id }
}
