/** Medical content is re-reviewed yearly unless the reviewer picks another interval. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

/**
 * The review date plus whole calendar months, keeping the day of the month and clamping
 * it to the target month's length (31 Jan + 1 month = 28/29 Feb, 29 Feb 2024 + 12 = 28 Feb 2025).
 * Works in UTC so the answer doesn't depend on the server's time zone.
 */
export function nextReviewDue(reviewedAt: Date, months: number = DEFAULT_REVIEW_INTERVAL_MONTHS): Date {
  if (Number.isNaN(reviewedAt.getTime())) throw new RangeError('nextReviewDue needs a valid review date.')
  if (!Number.isInteger(months)) throw new RangeError(`Review interval must be whole months, got ${months}.`)
  const monthIndex = reviewedAt.getUTCMonth() + months
  const year = reviewedAt.getUTCFullYear() + Math.floor(monthIndex / 12)
  const month = ((monthIndex % 12) + 12) % 12
  const day = Math.min(reviewedAt.getUTCDate(), daysInMonth(year, month))
  const due = new Date(reviewedAt.getTime())
  due.setUTCFullYear(year, month, day)
  return due
}

/**
 * Whether the review is past due at `now`. Content never reviewed (no date, or an
 * unreadable one) isn't "overdue": the publish gates stop it going live unapproved.
 */
export function isReviewOverdue(nextReviewDue: Date | string | null | undefined, now: Date): boolean {
  if (nextReviewDue === null || nextReviewDue === undefined || nextReviewDue === '') return false
  const due = new Date(nextReviewDue).getTime()
  if (Number.isNaN(due)) return false
  return now.getTime() > due
}

function daysInMonth(year: number, monthIndex: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate()
}

/** How many days before a review falls due the responsible reviewer is reminded. */
export const REVIEW_REMINDER_LEAD_DAYS = 30

export type ReviewReminderStage = 'due-soon' | 'overdue'

/**
 * Which reminder a live item's review date calls for now: `overdue` once it has passed,
 * `due-soon` within `leadDays` of it, else none. Each stage is sent once per review date.
 */
export function reviewReminderStage(
  nextReviewDue: Date | string | null | undefined,
  now: Date,
  leadDays: number = REVIEW_REMINDER_LEAD_DAYS,
): ReviewReminderStage | null {
  if (nextReviewDue === null || nextReviewDue === undefined || nextReviewDue === '') return null
  const due = new Date(nextReviewDue).getTime()
  if (Number.isNaN(due)) return null
  if (now.getTime() > due) return 'overdue'
  return due - now.getTime() <= leadDays * 24 * 60 * 60 * 1000 ? 'due-soon' : null
}
