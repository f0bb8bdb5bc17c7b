import { STATE_LABELS, WORKFLOW_STATES } from '@clinic/workflow'

import './WorkflowListFilters.scss'

const baseClass = 'workflow-list-filters'

function query(where: Record<string, unknown>): string {
  const params = new URLSearchParams()
  const add = (prefix: string, value: unknown) => {
    if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) add(`${prefix}[${key}]`, inner)
    } else {
      params.set(prefix, String(value))
    }
  }
  add('where', where)
  return `?${params.toString()}`
}

/**
 * Quick filters above the articles list: by workflow state, and "Review overdue" (the stored
 * `nextReviewDue` is before now; the same filter can be built by hand: Next review due → is less than).
 */
export function WorkflowListFilters() {
  const now = new Date().toISOString()
  return (
    <nav className={baseClass} aria-label="Workflow filters">
      <span className={`${baseClass}__label`}>Show:</span>
      <a href="?">All</a>
      {WORKFLOW_STATES.map((state) => (
        // "Published" is what visitors can read: live articles count even while a working draft is open.
        <a key={state} href={query(state === 'published' ? { live: { equals: true } } : { workflowState: { equals: state } })}>
          {STATE_LABELS[state]}
        </a>
      ))}
      <a className={`${baseClass}__overdue`} href={query({ nextReviewDue: { less_than: now } })}>
        Review overdue
      </a>
    </nav>
  )
}
