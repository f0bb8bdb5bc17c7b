import type { JobsConfig } from 'payload'

import { publishScheduledArticle } from '../collections/Articles/jobs/publishScheduledArticle'
import { citationsJobs } from '../collections/Citations/jobs/checkRetractions'
import { leadsJobs } from '../collections/Leads/jobs/deleteExpiredLeads'
import { REVIEWS_QUEUE, sendReviewRemindersTask } from '../collections/ReviewReminders/sendReviewReminders'
import { WEBHOOK_QUEUE } from '../webhooks/enqueueDeliveries'
import { deliverWebhookTask } from '../webhooks/deliverWebhookTask'
import { readSetting } from '../envTable'
import { adminsHandleJobs } from './access/adminsHandleJobs'

/** When each queue is looked at (six-field crons count seconds). */
export const JOB_CRONS = [
  { cron: '*/5 * * * * *', queue: WEBHOOK_QUEUE, limit: 20 },
  // Scheduled publishing (default queue): due articles go live within half a minute
  // (SCHEDULED_PUBLISH_CRON, six fields with seconds, to poll more or less often).
  { cron: readSetting('scheduledPublishCron'), queue: 'default', limit: 10 },
  // Lead retention (daily task, see collections/Leads/jobs).
  ...leadsJobs.autoRun,
  // Review reminders (daily task): queued when due, run by one instance (scaleOut/atomicJobClaims).
  { cron: '*/15 * * * *', queue: REVIEWS_QUEUE, limit: 5 },
  // The weekly retraction check (collections/Citations/jobs).
  ...citationsJobs.autoRun,
]

/**
 * Background work. The runners start with the CMS (`pnpm dev` and production alike) and take
 * jobs from PostgreSQL, so several CMS instances share one queue.
 */
export const jobs: JobsConfig = {
  access: { run: adminsHandleJobs, queue: adminsHandleJobs, cancel: adminsHandleJobs },
  tasks: [deliverWebhookTask, publishScheduledArticle, sendReviewRemindersTask, ...leadsJobs.tasks, ...citationsJobs.tasks],
  // JOBS_AUTORUN=false starts no crons at all. Payload's crons queue the scheduled tasks (and write
  // their bookkeeping) even when shouldAutoRun says no; an instance told to run no background work
  // must not write on its own in the middle of the requests it serves.
  autoRun: () => (readSetting('jobsAutorun') ? JOB_CRONS : []),
  // Tests drive the queue themselves with payload.jobs.run().
  shouldAutoRun: () => readSetting('jobsAutorun'),
}
