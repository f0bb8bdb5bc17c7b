import { TRANSITIONS, type WorkflowAction } from '@clinic/workflow'

/** What a trail entry records: a workflow action, or one of the CMS's own events. */
export type EventKind = WorkflowAction | 'content_edit' | 'metadata_edit' | 'comment' | 'accept_claim' | 'scheduled_publish_failed'

export const EVENT_KINDS: readonly { value: EventKind; label: string }[] = [
  ...TRANSITIONS.map((transition) => ({ value: transition.action, label: transition.label })),
  { value: 'content_edit', label: 'Content edited' },
  { value: 'metadata_edit', label: 'Publication details changed' },
  { value: 'comment', label: 'Comment' },
  { value: 'accept_claim', label: 'Claim finding accepted' },
  { value: 'scheduled_publish_failed', label: 'Scheduled publishing refused' },
]

export function eventLabel(kind: string): string {
  return EVENT_KINDS.find((entry) => entry.value === kind)?.label ?? kind
}
