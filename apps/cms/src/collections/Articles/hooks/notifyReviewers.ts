import type { CollectionAfterChangeHook } from 'payload'

import type { Article } from '@clinic/shared-types'

import { actorFor } from '../workflow/actor'
import { peekOutcome } from '../workflow/context'
import { articleAdminUrl, emailsOfRole, sendNotice } from '../workflow/notifications'

/** Medical reviewers are told when an article is (re)submitted for review. */
export const notifyReviewers: CollectionAfterChangeHook<Article> = async ({ doc, operation, req }) => {
  const submitted = peekOutcome(req, 'articles', doc.id, operation)?.events.find(
    (event) => event.kind === 'submit' || event.kind === 'resubmit',
  )
  if (!submitted) return doc
  const actor = actorFor(req)
  const again = submitted.kind === 'resubmit'
  await sendNotice(req, {
    to: (await emailsOfRole(req, 'medical-reviewer')).filter((email) => actor.kind !== 'user' || email !== actor.email),
    subject: `${again ? 'Resubmitted' : 'Ready'} for medical review: ${doc.title}`,
    text: [
      `${actor.name} ${again ? 'resubmitted' : 'submitted'} “${doc.title}” for medical review.`,
      submitted.comment ? `\nTheir note: ${submitted.comment}\n` : '',
      `Review it here: ${articleAdminUrl(doc.id)}`,
    ].join('\n'),
  })
  return doc
}
