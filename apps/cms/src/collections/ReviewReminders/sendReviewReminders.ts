import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { reviewReminderStage, type ReviewReminderStage } from '@clinic/workflow'

import { env } from '../../env'
import { readSetting } from '../../envTable'
import { emailOfUser, emailsOfRole, sendNotice } from '../Articles/workflow/notifications'
import { REVIEW_KINDS, REVIEWED_COLLECTIONS } from '../Articles/workflow/reviewKinds'

export const REVIEWS_QUEUE = 'reviews'
const DAY_MS = 24 * 60 * 60 * 1000

/** Read when the task runs, so a test (or an operator) can change it without restarting. */
const leadDays = () => readSetting('reviewReminderDays')

const STAGE_WORDS: Record<ReviewReminderStage, (due: string) => string> = {
  'due-soon': (due) => `is due for its medical review on ${due}`,
  overdue: (due) => `was due for its medical review on ${due} and is overdue`,
}

/**
 * E-mails the responsible medical reviewer (the one who last approved it; every medical reviewer
 * when nobody did, as after an override) when a live item's review is due within
 * REVIEW_REMINDER_DAYS (30) and again when it is overdue: once per item, stage and review date,
 * whichever instance runs first (the reminder's unique key is stored before the e-mail goes).
 */
export async function sendReviewReminders(
  payload: Payload,
  { now = new Date(), req }: { now?: Date; req?: PayloadRequest } = {},
): Promise<{ sent: number }> {
  const horizon = new Date(now.getTime() + leadDays() * DAY_MS).toISOString()
  const request = req ?? ({ payload, context: {} } as unknown as PayloadRequest)
  let sent = 0
  for (const collection of REVIEWED_COLLECTIONS.filter((kind) => REVIEW_KINDS[kind].periodicReview)) {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ _status: { equals: 'published' } }, { nextReviewDue: { less_than_equal: horizon } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as (Record<string, unknown> & { id: number })[]) {
      const due = doc.nextReviewDue as string
      const stage = reviewReminderStage(due, now, leadDays())
      if (!stage) continue
      const title = String(doc[REVIEW_KINDS[collection].titleField] ?? '')
      const reviewer = await emailOfUser(request, doc.reviewedBy)
      const to = reviewer ? [reviewer] : await emailsOfRole(request, 'medical-reviewer')
      try {
        await payload.create({
          collection: 'review-reminders',
          data: {
            key: `${collection}:${doc.id}:${stage}:${new Date(due).toISOString()}`,
            subjectType: collection,
            subjectId: doc.id,
            title,
            stage,
            dueDate: due,
            sentTo: to.join(', '),
          },
          overrideAccess: true,
        })
      } catch {
        // Already sent (by an earlier run, or by another instance a moment ago): the key is unique.
        continue
      }
      const dueDay = due.slice(0, 10)
      await sendNotice(request, {
        to,
        subject: `${stage === 'overdue' ? 'Review overdue' : 'Review due soon'}: ${title}`,
        text: [
          `“${title}” (${REVIEW_KINDS[collection].noun}) ${STAGE_WORDS[stage](dueDay)}.`,
          '',
          'Open it, check it against the current evidence, and approve it again (or send it back to the editor):',
          `${env.serverUrl.replace(/\/$/, '')}/admin/collections/${collection}/${doc.id}`,
        ].join('\n'),
      })
      sent += 1
    }
  }
  return { sent }
}

export const sendReviewRemindersTask: TaskConfig<{ input: object; output: { sent: number } }> = {
  slug: 'sendReviewReminders',
  label: 'Remind reviewers of reviews due and overdue',
  retries: 2,
  // Daily, 07:00 server time (REVIEW_REMINDER_CRON to change it).
  schedule: [{ cron: readSetting('reviewReminderCron'), queue: REVIEWS_QUEUE }],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: await sendReviewReminders(req.payload, { req }) }),
}
