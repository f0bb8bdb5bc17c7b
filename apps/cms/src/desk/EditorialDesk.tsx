import type { Payload, TypedUser } from 'payload'
import { stringify } from 'qs-esm'

import { isStaff } from '../auth/hasRole'
import { formatClinicTime } from '../clinicTime'
import { clinicTimeZone } from '../clinicTime/server'
import { type DeskCollection, tasksFor } from './tasks'

const NOUNS: Record<DeskCollection, [string, string]> = {
  articles: ['article', 'articles'],
  conditions: ['condition', 'conditions'],
  disclaimers: ['disclaimer', 'disclaimers'],
  citations: ['citation', 'citations'],
  'reviewer-profiles': ['reviewer profile', 'reviewer profiles'],
  'clinic-profile': ['clinic profile', 'clinic profiles'],
}

interface DeskLine {
  taskId: string
  label: string
  collection: DeskCollection
  count: number
  href: string
}

interface CalendarEntry {
  when: string
  what: string
  title: string
  href: string
}

const AGENDA_DAYS = 30

/**
 * The dashboard's first panel (issue 18): each of the signed-in person's next tasks with a count
 * and one click to the admin list filtered to exactly those documents, then the next 30 days of
 * scheduled publishes and review dates.
 */
export async function EditorialDesk({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user || !isStaff(user)) return null
  const roles = ((user as { roles?: string[] }).roles ?? []) as string[]
  const now = new Date()
  const lines: DeskLine[] = []
  for (const task of tasksFor(roles)) {
    const where = task.where({ userId: Number(user.id), now })
    for (const collection of task.collections) {
      const { totalDocs } = await payload.count({ collection, where, user, overrideAccess: false })
      // Articles always show (a zero says the desk is clear); other kinds only when there is work.
      if (totalDocs === 0 && collection !== 'articles') continue
      lines.push({
        taskId: task.id,
        label: task.label,
        collection,
        count: totalDocs,
        href: `/admin/collections/${collection}?${stringify({ where }, { encode: true })}`,
      })
    }
  }
  const [agenda, timeZone] = await Promise.all([calendar(payload, user, now), clinicTimeZone({ payload })])

  return (
    <section className="editorial-desk" aria-labelledby="editorial-desk-heading" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="editorial-desk-heading">Your desk</h2>
      <ul
        style={{
          listStyle: 'none',
          padding: 0,
          margin: 'var(--base) 0 calc(var(--base) * 1.5)',
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
          gap: 'var(--base)',
        }}
      >
        {lines.map((line) => (
          <li
            key={`${line.taskId}-${line.collection}`}
            data-desk-task={line.taskId}
            data-desk-collection={line.collection}
            style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 'var(--base)' }}
          >
            <a href={line.href} aria-label={`${line.label}: ${line.count} ${NOUNS[line.collection][line.count === 1 ? 0 : 1]}`}>
              <strong data-desk-count style={{ fontSize: '1.6em', display: 'block' }}>
                {line.count}
              </strong>
              {line.label} <span style={{ color: 'var(--theme-elevation-500)' }}>({NOUNS[line.collection][1]})</span>
            </a>
          </li>
        ))}
      </ul>
      <h3>Next {AGENDA_DAYS} days</h3>
      {agenda.length === 0 ? (
        <p>Nothing scheduled and no review falls due.</p>
      ) : (
        <table className="table" data-desk-calendar style={{ width: '100%' }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left' }}>
                When
              </th>
              <th scope="col" style={{ textAlign: 'left' }}>
                What
              </th>
              <th scope="col" style={{ textAlign: 'left' }}>
                Item
              </th>
            </tr>
          </thead>
          <tbody>
            {agenda.map((entry) => (
              <tr key={`${entry.href}-${entry.what}`}>
                <td>
                  <time dateTime={entry.when}>{formatClinicTime(entry.when, timeZone)}</time>
                </td>
                <td>{entry.what}</td>
                <td>
                  <a href={entry.href}>{entry.title}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** Scheduled publishes and review dates in the next AGENDA_DAYS, soonest first. */
async function calendar(payload: Payload, user: TypedUser, now: Date): Promise<CalendarEntry[]> {
  const until = new Date(now.getTime() + AGENDA_DAYS * 24 * 60 * 60 * 1000).toISOString()
  const entries: CalendarEntry[] = []
  const scheduled = await payload.find({
    collection: 'articles',
    where: { and: [{ scheduledPublishAt: { greater_than_equal: now.toISOString() } }, { scheduledPublishAt: { less_than: until } }] },
    select: { title: true, scheduledPublishAt: true },
    limit: 50,
    depth: 0,
    user,
    overrideAccess: false,
  })
  for (const doc of scheduled.docs) {
    if (doc.scheduledPublishAt)
      entries.push({ when: doc.scheduledPublishAt, what: 'Publishes', title: doc.title, href: `/admin/collections/articles/${doc.id}` })
  }
  for (const collection of ['articles', 'conditions', 'disclaimers'] as const) {
    const due = await payload.find({
      collection,
      where: { and: [{ live: { equals: true } }, { nextReviewDue: { less_than: until } }] },
      limit: 50,
      depth: 0,
      user,
      overrideAccess: false,
    })
    for (const doc of due.docs as unknown as { id: number; nextReviewDue?: string | null; title?: string; name?: string }[]) {
      if (!doc.nextReviewDue) continue
      const overdue = doc.nextReviewDue < now.toISOString()
      entries.push({
        when: doc.nextReviewDue,
        what: overdue ? 'Medical review overdue' : 'Medical review due',
        title: doc.title ?? doc.name ?? `${NOUNS[collection][0]} ${doc.id}`,
        href: `/admin/collections/${collection}/${doc.id}`,
      })
    }
  }
  return entries.sort((a, b) => a.when.localeCompare(b.when))
}
