import type { CollectionAfterChangeHook } from 'payload'

import type { Article } from '@clinic/shared-types'
import { STATE_LABELS } from '@clinic/workflow'

import { eventLabel } from '../../WorkflowEvents/kinds'
import { actorFor, actorId } from '../workflow/actor'
import { peekOutcome } from '../workflow/context'

/** Writes what enforceWorkflow decided to the trail, in the same transaction as the save. */
export const recordTransition: CollectionAfterChangeHook<Article> = async ({ doc, operation, req }) => {
  const outcome = peekOutcome(req, doc.id, operation)
  if (!outcome || outcome.events.length === 0) return doc
  const actor = actorFor(req)
  for (const event of outcome.events) {
    const move = event.from === event.to ? STATE_LABELS[event.to] : `${STATE_LABELS[event.from]} → ${STATE_LABELS[event.to]}`
    await req.payload.create({
      collection: 'workflow-events',
      data: {
        article: doc.id,
        articleTitle: doc.title,
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
