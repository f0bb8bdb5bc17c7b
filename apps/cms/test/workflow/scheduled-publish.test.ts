import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLISH_SCHEDULED_TASK } from '../../src/collections/Articles/jobs/constants'
import { publishingBasics } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import { act, actAll, type Cast, latest, live, mailTo, signInEveryone, trail, writeSummary } from './helpers'
import { liveFixture } from '../helpers/fixtures'

let t: TestPayload
let cast: Cast

beforeAll(async () => {
  // The queue is run by the tests, never by the cron.
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  cast = await signInEveryone(t)
  await publishingBasics(t.payload)
})
afterAll(() => t?.stop())

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000).toISOString()

async function approvedSummary() {
  const article = await writeSummary(t, cast.as.editor)
  await actAll(article.id, [
    [cast.as.editor, 'submit'],
    [cast.as.reviewer, 'approve'],
  ])
  return article
}

async function jobsFor(articleId: number) {
  const { docs } = await t.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: PUBLISH_SCHEDULED_TASK } }, { 'input.article': { equals: articleId } }] },
    pagination: false,
    overrideAccess: true,
  })
  return docs
}

/** The clock reaches the scheduled time: the article's queued job becomes due. */
async function timeArrives(articleId: number) {
  for (const job of await jobsFor(articleId)) {
    if (!job.completedAt)
      await t.payload.db.updateOne({
        collection: 'payload-jobs',
        id: job.id,
        data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      })
  }
}

describe('scheduling', () => {
  it('is for publishers, needs a future time, and queues one job', async () => {
    const article = await approvedSummary()
    expect((await act(cast.as.editor, article.id, 'schedule', { publishAt: inAnHour() })).status).toBe(403)
    const past = await act(cast.as.publisher, article.id, 'schedule', { publishAt: new Date(Date.now() - 60_000).toISOString() })
    expect(past.status).toBe(400)
    expect(past.body.errors?.[0]?.message).toBe('“Schedule publishing” needs a publish date and time in the future.')
    expect(await jobsFor(article.id)).toHaveLength(0)

    const publishAt = inAnHour()
    expect((await act(cast.as.publisher, article.id, 'schedule', { publishAt })).status).toBe(200)
    const scheduled = await latest(t.payload, article.id)
    expect(scheduled.workflowState).toBe('approved')
    expect(scheduled.scheduledPublishAt).toBe(publishAt)
    const jobs = await jobsFor(article.id)
    expect(jobs).toHaveLength(1)
    expect(new Date(jobs[0]!.waitUntil!).toISOString()).toBe(publishAt)

    const later = new Date(Date.now() + 2 * 60 * 60 * 1000).toISOString()
    expect((await act(cast.as.publisher, article.id, 'schedule', { publishAt: later })).status).toBe(200)
    expect((await jobsFor(article.id)).map((job) => new Date(job.waitUntil!).toISOString())).toEqual([later])
  })

  it('refuses to schedule an article that fails a gate', async () => {
    const article = await writeSummary(t, cast.as.editor, { excerpt: '' })
    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
    ])
    const refused = await act(cast.as.publisher, article.id, 'schedule', { publishAt: inAnHour() })
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toBe(
      "This article can't be published yet: it needs an excerpt: the short summary shown in article lists and search results.",
    )
    expect(await jobsFor(article.id)).toHaveLength(0)
  })
})

describe('the scheduled-publish job', () => {
  it('publishes when due, exactly once, as the publisher who scheduled it', async () => {
    const article = await approvedSummary()
    await actAll(article.id, [[cast.as.publisher, 'schedule', { publishAt: inAnHour() }]])
    const authorMail = mailTo(cast.users.editor.email).length

    await t.payload.jobs.run()
    expect(await live(t, article.id)).toBeNull()

    await timeArrives(article.id)
    await t.payload.jobs.run()
    const visible = await live(t, article.id)
    expect(visible?.workflowState).toBe('published')
    expect((await latest(t.payload, article.id)).scheduledPublishAt ?? null).toBeNull()

    await t.payload.jobs.run()
    await t.payload.jobs.run()
    const publishes = (await trail(t.payload, article.id)).filter((entry) => entry.action === 'publish')
    expect(publishes).toEqual([
      expect.objectContaining({
        from: 'approved',
        to: 'published',
        actorName: 'Test publisher',
        comment: 'Published at the scheduled time.',
      }),
    ])
    expect(
      mailTo(cast.users.editor.email)
        .slice(authorMail)
        .map((mail) => mail.subject),
    ).toEqual([`Published: ${article.title}`])
    const [published] = mailTo(cast.users.editor.email).slice(authorMail)
    expect(published!.text).toContain(`“${article.title}” is live on the website. Published at the scheduled time.`)
    expect(published!.text).not.toContain('.).')
    // Payload removes jobs that completed; nothing is left to run again.
    expect(await jobsFor(article.id)).toEqual([])
  })

  it('re-checks the gates when it runs, and reports a refusal to the publisher', async () => {
    const article = await approvedSummary()
    await actAll(article.id, [[cast.as.publisher, 'schedule', { publishAt: inAnHour() }]])
    const { disclaimerId } = await publishingBasics(t.payload)
    await t.payload.update({ collection: 'disclaimers', id: disclaimerId, data: liveFixture({ active: false }), overrideAccess: true })
    const publisherMail = mailTo(cast.users.publisher.email).length
    try {
      await timeArrives(article.id)
      await t.payload.jobs.run()
    } finally {
      await t.payload.update({ collection: 'disclaimers', id: disclaimerId, data: liveFixture({ active: true }), overrideAccess: true })
    }
    expect(await live(t, article.id)).toBeNull()
    const reason =
      "This article can't be published yet: no medical disclaimer applies to it: add one, or ask an admin to turn on the site-wide disclaimer."
    expect((await trail(t.payload, article.id)).at(-1)).toMatchObject({
      action: 'scheduled_publish_failed',
      comment: reason,
      actorName: 'Test publisher',
    })
    const [job] = await jobsFor(article.id)
    expect(job?.hasError).toBe(true)
    const mail = mailTo(cast.users.publisher.email).slice(publisherMail)
    expect(mail.map((message) => message.subject)).toEqual([`Scheduled publishing refused: ${article.title}`])
    expect(mail[0]?.text).toContain(reason)

    // Not retried: the next run leaves it alone.
    await t.payload.jobs.run()
    expect(await live(t, article.id)).toBeNull()
  })

  it('re-checks who scheduled it: a publisher who lost the role publishes nothing', async () => {
    const article = await approvedSummary()
    await actAll(article.id, [[cast.as.publisher, 'schedule', { publishAt: inAnHour() }]])
    await t.payload.update({ collection: 'users', id: cast.users.publisher.id, data: { roles: ['editor'] }, overrideAccess: true })
    try {
      await timeArrives(article.id)
      await t.payload.jobs.run()
    } finally {
      await t.payload.update({ collection: 'users', id: cast.users.publisher.id, data: { roles: ['publisher'] }, overrideAccess: true })
    }
    expect(await live(t, article.id)).toBeNull()
    expect((await trail(t.payload, article.id)).at(-1)).toMatchObject({
      action: 'scheduled_publish_failed',
      comment: 'Only a publisher or an admin can publish now.',
    })
  })

  it('publishes nothing in the name of a publisher whose account was deleted, and tells the other publishers', async () => {
    const leaving = await createUser(t.payload, ['publisher'])
    const asLeaving = await t.rest.login(leaving.email, leaving.password)
    const article = await approvedSummary()
    await actAll(article.id, [[asLeaving, 'schedule', { publishAt: inAnHour() }]])
    await t.payload.delete({ collection: 'users', id: leaving.id, overrideAccess: true })
    const publisherMail = mailTo(cast.users.publisher.email).length
    await timeArrives(article.id)
    await t.payload.jobs.run()
    expect(await live(t, article.id)).toBeNull()
    const reason = 'The publisher who scheduled it no longer has an account: a publisher has to schedule or publish it again.'
    expect((await trail(t.payload, article.id)).at(-1)).toMatchObject({ action: 'scheduled_publish_failed', comment: reason })
    expect((await trail(t.payload, article.id)).some((entry) => entry.action === 'publish')).toBe(false)
    const mail = mailTo(cast.users.publisher.email).slice(publisherMail)
    expect(mail.map((message) => message.subject)).toEqual([`Scheduled publishing refused: ${article.title}`])
  })

  it('is cancelled by "Cancel scheduled publishing"', async () => {
    const article = await approvedSummary()
    await actAll(article.id, [[cast.as.publisher, 'schedule', { publishAt: inAnHour() }]])
    expect((await act(cast.as.publisher, article.id, 'unschedule')).status).toBe(200)
    expect(await jobsFor(article.id)).toHaveLength(0)
    expect((await latest(t.payload, article.id)).scheduledPublishAt ?? null).toBeNull()
    await t.payload.jobs.run()
    expect(await live(t, article.id)).toBeNull()
  })

  it('is cancelled when the approved content is edited, which sends it back to review', async () => {
    const article = await approvedSummary()
    await actAll(article.id, [[cast.as.publisher, 'schedule', { publishAt: inAnHour() }]])
    await timeArrives(article.id)
    expect((await cast.as.editor.patch(`/articles/${article.id}?draft=true`, { excerpt: 'Edited after approval.' })).status).toBe(200)
    const edited = await latest(t.payload, article.id)
    expect(edited.workflowState).toBe('in_review')
    expect(edited.scheduledPublishAt ?? null).toBeNull()
    expect(await jobsFor(article.id)).toHaveLength(0)
    await t.payload.jobs.run()
    expect(await live(t, article.id)).toBeNull()
  })

  it('does nothing for a schedule that was replaced before it ran', async () => {
    const article = await approvedSummary()
    await actAll(article.id, [[cast.as.publisher, 'schedule', { publishAt: inAnHour() }]])
    const [first] = await jobsFor(article.id)
    // A job that slipped through for an old time (e.g. already picked up elsewhere) is a no-op.
    const result = await t.payload.jobs.queue({
      task: PUBLISH_SCHEDULED_TASK,
      input: { article: article.id, publishAt: new Date(Date.now() - 5000).toISOString() },
    })
    await t.payload.jobs.run()
    expect(await live(t, article.id)).toBeNull()
    // The stale job completed without error (and was removed); the real one still waits for its time.
    const remaining = await jobsFor(article.id)
    expect(remaining.map((job) => job.id)).toEqual([first!.id])
    expect(remaining.map((job) => job.id)).not.toContain(result.id)
    expect(remaining[0]?.completedAt ?? null).toBeNull()
    expect((await latest(t.payload, article.id)).scheduledPublishAt).toBeTruthy()
  })
})
