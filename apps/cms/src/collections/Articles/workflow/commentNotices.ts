import type { PayloadRequest } from 'payload'

import { findMentions } from '@clinic/workflow'

import { STAFF_ROLES } from '../../../auth/roles'
import { actorFor, actorId } from './actor'
import { adminUrlFor, sendNotice } from './notifications'
import { REVIEW_KINDS, type ReviewedCollection } from './reviewKinds'

interface PostedComment {
  collection: ReviewedCollection
  documentId: number
  title: string
  comment: string
  /** The trail entry that holds it: the link points at it. */
  eventId: number
  /** The article's author, who hears of every comment on their article. */
  authorId: number | null
}

/**
 * A comment reaches the people it is for (issue 18): everyone it @mentions (staff, by name or
 * e-mail address) and the author, each once and never the commenter, with a link to the comment.
 * Returns who was told, for the response.
 */
export async function sendCommentNotices(req: PayloadRequest, posted: PostedComment): Promise<string[]> {
  const { docs: staff } = await req.payload.find({
    collection: 'users',
    where: { roles: { in: [...STAFF_ROLES] } },
    select: { name: true, email: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const mentioned = findMentions(posted.comment, staff)
  const commenter = actorFor(req)
  const recipients = [...mentioned, ...(posted.authorId === null ? [] : [posted.authorId])].filter(
    (id, index, all) => all.indexOf(id) === index && id !== actorId(commenter),
  )
  const byId = new Map(staff.map((user) => [user.id, user]))
  const noun = REVIEW_KINDS[posted.collection].noun
  const link = `${adminUrlFor(posted.collection, posted.documentId)}#comment-${posted.eventId}`
  const told: string[] = []
  for (const id of recipients) {
    const person = byId.get(id)
    if (!person?.email) continue
    const why = mentioned.includes(id)
      ? `${commenter.name} mentioned you in a comment on the ${noun} “${posted.title}”:`
      : `${commenter.name} commented on your ${noun} “${posted.title}”:`
    await sendNotice(req, {
      to: [person.email],
      subject: mentioned.includes(id) ? `You were mentioned: ${posted.title}` : `New comment: ${posted.title}`,
      text: [why, '', posted.comment, '', `Read it and reply: ${link}`].join('\n'),
    })
    told.push(person.name || person.email)
  }
  return told
}
