import type { TaskConfig } from 'payload'

import { isRole, whoMayRefusal } from '@clinic/workflow'

import { actorFor } from '../workflow/actor'
import { articleAdminUrl, emailOfUser, emailsOfRole, sendNotice } from '../workflow/notifications'
import { isWorkflowRefusal, WorkflowRefusal } from '../workflow/refusal'
import { takeWorkflowAction } from '../workflow/takeAction'
import { PUBLISH_SCHEDULED_TASK } from './constants'

interface Input {
  article: number
  publishAt: string
}

/**
 * Publishes an article at the time a publisher scheduled (the queue runs it once its `waitUntil`
 * has passed). The job only says which article and time; the article says whether it is still
 * scheduled for that time and who scheduled it, and the publish
 * goes through the workflow hook as that person, so the publish gates are checked again now. A
 * job for a schedule that was changed or cancelled, or for an article already live, does nothing,
 * so an article is published once. A refusal is recorded on the trail and e-mailed to the
 * publisher; it is not retried.
 */
export const publishScheduledArticle: TaskConfig<{ input: Input; output: { published: boolean; reason?: string } }> = {
  slug: PUBLISH_SCHEDULED_TASK,
  label: 'Publish a scheduled article',
  retries: 0,
  inputSchema: [
    { name: 'article', type: 'number', required: true },
    { name: 'publishAt', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'published', type: 'checkbox' },
    { name: 'reason', type: 'text' },
  ],
  handler: async ({ input, req }) => {
    const { payload } = req
    const article = await payload.findByID({
      collection: 'articles',
      id: input.article,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    const scheduledAt = article?.scheduledPublishAt ? new Date(article.scheduledPublishAt).getTime() : null
    if (!article || scheduledAt === null || scheduledAt !== new Date(input.publishAt).getTime()) {
      return { output: { published: false, reason: 'No longer scheduled for this time.' } }
    }

    const scheduledById = typeof article.scheduledBy === 'object' ? article.scheduledBy?.id : article.scheduledBy
    const publisher = scheduledById
      ? await payload.findByID({ collection: 'users', id: scheduledById, depth: 0, overrideAccess: true, disableErrors: true })
      : null
    // Nobody publishes in the name of an account that is gone (issue 15.9): the schedule was that
    // person's decision, so without them it waits for a publisher to make it again.
    const refusalNow = publisher
      ? whoMayRefusal('publish', (publisher.roles ?? []).filter(isRole))
      : 'The publisher who scheduled it no longer has an account: a publisher has to schedule or publish it again.'
    try {
      if (refusalNow) throw new WorkflowRefusal(refusalNow, 'forbidden')
      // As the publisher who scheduled it: their roles are checked again.
      await takeWorkflowAction(
        payload,
        { documentId: article.id, kind: 'transition', action: 'publish', scheduled: true },
        { user: { ...publisher!, collection: 'users' as const } },
      )
      return { output: { published: true } }
    } catch (error) {
      if (!isWorkflowRefusal(error)) throw error
      const reason = error.message
      await payload.create({
        collection: 'workflow-events',
        data: {
          article: article.id,
          articleTitle: article.title,
          action: 'scheduled_publish_failed',
          from: article.workflowState,
          to: article.workflowState,
          actor: publisher?.id ?? null,
          actorName: publisher?.name ?? actorFor(req).name,
          comment: reason,
          summary: 'Scheduled publishing refused',
        },
        overrideAccess: true,
      })
      const own = await emailOfUser(req, publisher?.id)
      const to = own ? [own] : await emailsOfRole(req, 'publisher')
      if (to.length > 0) {
        await sendNotice(req, {
          to,
          subject: `Scheduled publishing refused: ${article.title}`,
          text: [
            `“${article.title}” was not published at the scheduled time.`,
            '',
            reason,
            '',
            `Fix it and publish or schedule again: ${articleAdminUrl(article.id)}`,
          ].join('\n'),
        })
      }
      return { state: 'failed', errorMessage: reason }
    }
  },
}
