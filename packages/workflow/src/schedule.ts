import type { WorkflowState } from './states'

/** Only approved content waits for a publishing time: leaving approved drops the schedule. */
export function keepsSchedule(state: WorkflowState): boolean {
  return state === 'approved'
}

/** Why this publishing time cannot be scheduled (missing, unreadable or not in the future), or null. */
export function scheduleRefusal(publishAt: Date | string | null | undefined, now: Date): string | null {
  const when = publishAt === null || publishAt === undefined || publishAt === '' ? null : new Date(publishAt)
  if (!when || Number.isNaN(when.getTime()) || when.getTime() <= now.getTime()) {
    return '“Schedule publishing” needs a publish date and time in the future.'
  }
  return null
}
