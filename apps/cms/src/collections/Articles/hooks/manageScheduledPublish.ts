import type { CollectionAfterChangeHook } from 'payload'

import type { Article } from '@clinic/shared-types'

import { PUBLISH_SCHEDULED_TASK } from '../jobs/constants'
import { peekOutcome } from '../workflow/context'

/**
 * Keeps the job queue in step with the article's schedule: any change drops the article's pending
 * scheduled-publish jobs, and a new time queues one job for it. The job itself re-checks
 * everything when it runs (see jobs/publishScheduledArticle).
 */
export const manageScheduledPublish: CollectionAfterChangeHook<Article> = async ({ doc, operation, req }) => {
  const outcome = peekOutcome(req, 'articles', doc.id, operation)
  if (!outcome?.scheduleChanged) return doc
  await req.payload.delete({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: PUBLISH_SCHEDULED_TASK } },
        { 'input.article': { equals: doc.id } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
      ],
    },
    overrideAccess: true,
    req,
  })
  if (outcome.scheduledPublishAt) {
    await req.payload.jobs.queue({
      task: PUBLISH_SCHEDULED_TASK,
      input: { article: doc.id, publishAt: outcome.scheduledPublishAt },
      waitUntil: new Date(outcome.scheduledPublishAt),
      req,
    })
  }
  return doc
}
