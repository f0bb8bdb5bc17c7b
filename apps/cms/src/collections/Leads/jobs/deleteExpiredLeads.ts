import type { JobsConfig, Payload, TaskConfig } from 'payload'

import { readSetting } from '../../../envTable'
import { pruneCounters } from '../counters'
import { leadSettings } from '../settings'

export const LEADS_QUEUE = 'leads'
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Deletes leads created more than `retentionDays` ago: packet requests, and newsletter sign-ups
 * that were never confirmed or were unsubscribed. A confirmed subscription is kept while it lasts
 * — it is the consent the newsletter is sent on — and ages out once unsubscribed. Also drops
 * rate-limit counters whose windows ended a day ago.
 */
export async function deleteExpiredLeads(
  payload: Payload,
  { now = new Date(), retentionDays = leadSettings().retentionDays }: { now?: Date; retentionDays?: number } = {},
): Promise<{ deleted: number; countersPruned: number }> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString()
  const result = await payload.delete({
    collection: 'leads',
    where: {
      and: [
        { createdAt: { less_than: cutoff } },
        { or: [{ kind: { equals: 'information-packet' } }, { newsletterStatus: { in: ['pending', 'unsubscribed'] } }] },
      ],
    },
    overrideAccess: true,
  })
  if (result.errors.length > 0) {
    throw new Error(
      `Retention: ${result.errors.length} expired lead(s) could not be deleted: ${result.errors.map((e) => e.message).join('; ')}`,
    )
  }
  const settings = leadSettings()
  const countersPruned = await pruneCounters(
    payload,
    Math.max(settings.rateLimitWindowSeconds, settings.duplicateWindowSeconds) + DAY_MS / 1000,
  )
  return { deleted: result.docs.length, countersPruned }
}

export const deleteExpiredLeadsTask: TaskConfig<{ input: object; output: { deleted: number; countersPruned: number } }> = {
  slug: 'deleteExpiredLeads',
  label: 'Delete leads past the retention period',
  retries: 2,
  // Daily, 03:30 server time (LEADS_RETENTION_CRON to change it); queued by the autoRun below.
  schedule: [{ cron: readSetting('leadsRetentionCron'), queue: LEADS_QUEUE }],
  outputSchema: [
    { name: 'deleted', type: 'number', required: true },
    { name: 'countersPruned', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await deleteExpiredLeads(req.payload) }),
}

/**
 * Every CMS instance checks the leads queue every 15 minutes: that queues the daily task when it
 * is due (Payload's default beforeSchedule skips it while one is already queued or running) and
 * runs it. Deleting is idempotent, so two instances racing do no harm.
 */
export const leadsJobs = {
  tasks: [deleteExpiredLeadsTask],
  autoRun: [{ cron: '*/15 * * * *', queue: LEADS_QUEUE, limit: 5 }],
} satisfies Pick<JobsConfig, 'tasks' | 'autoRun'>
