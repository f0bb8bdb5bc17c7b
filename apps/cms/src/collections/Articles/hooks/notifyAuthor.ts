import type { CollectionAfterChangeHook } from 'payload'

import type { Article } from '@clinic/shared-types'

import { actorFor } from '../workflow/actor'
import { peekOutcome } from '../workflow/context'
import { articleAdminUrl, emailOfUser, sendNotice } from '../workflow/notifications'

/** The article's author hears when a reviewer asks for changes and when the article goes live. */
export const notifyAuthor: CollectionAfterChangeHook<Article> = async ({ doc, operation, req }) => {
  const events = peekOutcome(req, 'articles', doc.id, operation)?.events ?? []
  // A publisher or reviewer withdrawing an approval asks for changes too.
  const changesRequested = events.find((event) => event.kind === 'request_changes' || event.kind === 'send_back')
  const published = events.find((event) => event.kind === 'publish')
  if (!changesRequested && !published) return doc
  const actor = actorFor(req)
  const author = await emailOfUser(req, doc.author)
  if (!author || (actor.kind === 'user' && actor.email === author)) return doc

  if (changesRequested) {
    await sendNotice(req, {
      to: [author],
      subject: `Changes requested: ${doc.title}`,
      text: [
        `${actor.name} asked for changes to “${doc.title}”:`,
        '',
        changesRequested.comment ?? '',
        '',
        `Revise it and resubmit: ${articleAdminUrl(doc.id)}`,
      ].join('\n'),
    })
  }
  if (published) {
    await sendNotice(req, {
      to: [author],
      subject: `Published: ${doc.title}`,
      text: [
        // The note is its own sentence ("Published at the scheduled time."), never "(….)." inside this one.
        `“${doc.title}” is live on the website.${published.comment ? ` ${published.comment.trim().replace(/([^.!?])$/, '$1.')}` : ''}`,
        doc.reviewerName ? `Medically reviewed by ${doc.reviewerName}.` : '',
        '',
        `See it in the CMS: ${articleAdminUrl(doc.id)}`,
      ].join('\n'),
    })
  }
  return doc
}
