export const WEBHOOK_EVENTS = [
  { value: 'published', label: 'Published' },
  { value: 'unpublished', label: 'Unpublished' },
  { value: 'updated-while-published', label: 'Updated while published' },
  { value: 'deleted', label: 'Deleted' },
] as const

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]['value']

type Status = 'draft' | 'published' | null | undefined

/**
 * What a change of the live (main-table) article means to subscribers. Saving a draft on top of a
 * published article changes nothing live, so the caller passes the live status, not the draft's.
 */
export function eventForChange(before: Status, after: Status): WebhookEvent | null {
  if (after === 'published') return before === 'published' ? 'updated-while-published' : 'published'
  if (before === 'published') return 'unpublished'
  return null
}
