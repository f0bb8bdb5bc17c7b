import type { Where } from 'payload'

import type { Role } from '../auth/roles'

/** The kinds of work a desk counts: every reviewed kind with an admin list. */
export const DESK_COLLECTIONS = ['articles', 'conditions', 'disclaimers', 'citations', 'reviewer-profiles', 'clinic-profile'] as const
export type DeskCollection = (typeof DESK_COLLECTIONS)[number]

export interface DeskTask {
  id: string
  /** "Awaiting your review" */
  label: string
  /** Who sees it on their desk (admins see every task). */
  roles: readonly Role[]
  /** Which kinds it counts: articles alone carry an author and a schedule. */
  collections: readonly DeskCollection[]
  /** The filter, for the count and for the admin list the count links to. */
  where(context: { userId: number; now: Date }): Where
}

const DAY = 24 * 60 * 60 * 1000
const inDays = (now: Date, days: number) => new Date(now.getTime() + days * DAY).toISOString()
const all = (...conditions: Where[]): Where => ({ and: conditions })

/**
 * Each role's next tasks (issue 18), as data: the dashboard counts them and links each count to
 * the admin list with the same filter, so one click lands on exactly the documents counted.
 */
export const DESK_TASKS: readonly DeskTask[] = [
  {
    id: 'awaiting-review',
    label: 'Awaiting your review',
    roles: ['medical-reviewer'],
    collections: DESK_COLLECTIONS,
    where: () => ({ workflowState: { equals: 'in_review' } }),
  },
  {
    id: 'changes-requested',
    label: 'Changes requested on your articles',
    roles: ['editor'],
    collections: ['articles'],
    where: ({ userId }) => all({ workflowState: { equals: 'changes_requested' } }, { author: { equals: userId } }),
  },
  {
    id: 'ready-to-publish',
    label: 'Approved and ready to publish',
    roles: ['publisher'],
    collections: DESK_COLLECTIONS,
    where: () => ({ workflowState: { equals: 'approved' } }),
  },
  {
    id: 'scheduled-soon',
    label: 'Scheduled to publish in the next 14 days',
    roles: ['publisher', 'editor'],
    collections: ['articles'],
    where: ({ now }) =>
      all({ scheduledPublishAt: { greater_than_equal: now.toISOString() } }, { scheduledPublishAt: { less_than: inDays(now, 14) } }),
  },
  {
    id: 'review-due',
    label: 'Medical review due in the next 30 days',
    roles: ['medical-reviewer', 'editor'],
    collections: ['articles', 'conditions', 'disclaimers'],
    where: ({ now }) =>
      all(
        { live: { equals: true } },
        { nextReviewDue: { greater_than_equal: now.toISOString() } },
        { nextReviewDue: { less_than: inDays(now, 30) } },
      ),
  },
  {
    id: 'review-overdue',
    label: 'Medical review overdue',
    roles: ['medical-reviewer', 'editor', 'publisher'],
    collections: ['articles', 'conditions', 'disclaimers'],
    where: ({ now }) => all({ live: { equals: true } }, { nextReviewDue: { less_than: now.toISOString() } }),
  },
]

export function tasksFor(roles: readonly string[]): DeskTask[] {
  if (roles.includes('admin')) return [...DESK_TASKS]
  return DESK_TASKS.filter((task) => task.roles.some((role) => roles.includes(role)))
}
