/**
 * Reviews that do not lapse (issue 14): the responsible reviewer is e-mailed when a live item's
 * review falls due within 30 days and again when it is overdue, once per item and stage, even
 * when two CMS instances run the daily task at the same moment.
 */
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { outbox } from '../../src/email/outbox'
import { closePayload } from '../../src/utilities/closePayload'
import { liveFixture } from '../helpers/fixtures'
import { createPublishedArticle } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser, type TestUser } from '../helpers/users'
import { actAll, signInEveryone, type Cast, writeSummary } from './helpers'

let t: TestPayload
let second: Payload
let cast: Cast
let otherReviewer: TestUser
let sendReviewReminders: (payload: Payload, options?: { now?: Date }) => Promise<{ sent: number }>

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  // Imported after startTestPayload pointed DATABASE_URL (read by src/env.ts) at this file's database.
  ;({ sendReviewReminders } = await import('../../src/collections/ReviewReminders/sendReviewReminders'))
  second = await getPayload({ config: t.config, key: 'second-reminder-runner' })
  cast = await signInEveryone(t)
  otherReviewer = await createUser(t.payload, ['medical-reviewer'])
})
afterAll(async () => {
  if (second) await closePayload(second)
  await t?.stop()
})

const DAY = 24 * 60 * 60 * 1000
const remindersAbout = (title: string) =>
  outbox.filter((mail) => /^Review (due soon|overdue): /.test(mail.subject) && mail.subject.endsWith(`: ${title}`))

describe('review reminders', () => {
  it('e-mail the reviewer once when a review is due within 30 days and once when it is overdue, across two instances', async () => {
    const article = await writeSummary(t, cast.as.editor, { title: 'Reminder test: a knee trial' })
    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
      [cast.as.publisher, 'publish'],
    ])
    const due = new Date(Date.now() + 20 * DAY).toISOString()
    await t.payload.db.updateOne({ collection: 'articles', id: article.id, data: { nextReviewDue: due } })
    const later = await createPublishedArticle(t.payload, { title: 'Reminder test: not due for months' })
    await t.payload.db.updateOne({
      collection: 'articles',
      id: later.id,
      data: { nextReviewDue: new Date(Date.now() + 200 * DAY).toISOString() },
    })

    // Both instances run the daily task at once, twice.
    for (let round = 0; round < 2; round++) await Promise.all([sendReviewReminders(t.payload), sendReviewReminders(second)])
    const soon = remindersAbout('Reminder test: a knee trial')
    expect(soon.map((mail) => mail.subject)).toEqual(['Review due soon: Reminder test: a knee trial'])
    expect(soon[0]!.to).toEqual([cast.users.reviewer.email])
    expect(soon[0]!.text).toContain(`/admin/collections/articles/${article.id}`)
    expect(remindersAbout('Reminder test: not due for months')).toEqual([])

    // A day after the due date: the overdue reminder, once.
    const afterDue = new Date(new Date(due).getTime() + DAY)
    for (let round = 0; round < 2; round++) {
      await Promise.all([sendReviewReminders(t.payload, { now: afterDue }), sendReviewReminders(second, { now: afterDue })])
    }
    expect(remindersAbout('Reminder test: a knee trial').map((mail) => mail.subject)).toEqual([
      'Review due soon: Reminder test: a knee trial',
      'Review overdue: Reminder test: a knee trial',
    ])
    const { totalDocs } = await t.payload.count({
      collection: 'review-reminders',
      where: { subjectId: { equals: article.id } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(2)
  })

  it('e-mail every medical reviewer about a live condition nobody is on record as having reviewed', async () => {
    const condition = await t.payload.create({
      collection: 'conditions',
      data: liveFixture({ name: 'Reminder test condition', category: 'other', summary: 'A condition.' }),
      overrideAccess: true,
    })
    await t.payload.db.updateOne({
      collection: 'conditions',
      id: condition.id,
      data: { nextReviewDue: new Date(Date.now() - DAY).toISOString() },
    })
    await sendReviewReminders(t.payload)
    const [mail] = remindersAbout('Reminder test condition')
    expect(mail?.subject).toBe('Review overdue: Reminder test condition')
    expect(mail?.to).toEqual(expect.arrayContaining([cast.users.reviewer.email, otherReviewer.email]))
  })
})
