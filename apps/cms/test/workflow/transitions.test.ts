import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { nextReviewDue } from '@clinic/workflow'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import { act, actAll, type Cast, latest, live, mailTo, signInEveryone, trail, writeSummary } from './helpers'

let t: TestPayload
let cast: Cast

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  cast = await signInEveryone(t)
})
afterAll(() => t?.stop())

describe('the editorial path over REST: POST /api/articles/:id/workflow', () => {
  it('takes a summary from draft to published, recording every step, reviewer and review dates', async () => {
    const { as, users } = cast
    const article = await writeSummary(t, as.editor)
    expect(article.workflowState).toBe('draft')
    expect(await live(t, article.id)).toBeNull()

    expect((await act(as.editor, article.id, 'submit')).status).toBe(200)
    expect((await latest(t.payload, article.id)).workflowState).toBe('in_review')

    const changes = await act(as.reviewer, article.id, 'request_changes', { comment: 'Say how many patients took part.' })
    expect(changes.status).toBe(200)
    expect((await latest(t.payload, article.id)).workflowState).toBe('changes_requested')

    expect((await act(as.editor, article.id, 'resubmit')).status).toBe(200)
    const before = Date.now()
    expect((await act(as.reviewer, article.id, 'approve')).status).toBe(200)
    const approved = await latest(t.payload, article.id)
    expect(approved.workflowState).toBe('approved')
    expect(approved.reviewerName).toBe(`Test medical-reviewer`)
    expect(typeof approved.reviewedBy === 'object' ? approved.reviewedBy?.id : approved.reviewedBy).toBe(users.reviewer.id)
    const reviewedAt = new Date(approved.reviewedAt!)
    expect(reviewedAt.getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(approved.nextReviewDue).toBe(nextReviewDue(reviewedAt).toISOString())
    expect(await live(t, article.id)).toBeNull()

    expect((await act(as.publisher, article.id, 'publish')).status).toBe(200)
    const visible = await live(t, article.id)
    expect(visible?.title).toBe(article.title)
    expect(visible?.workflowState).toBe('published')

    const entries = await trail(t.payload, article.id)
    expect(entries.map((entry) => [entry.action, entry.from, entry.to, entry.actorName])).toEqual([
      ['submit', 'draft', 'in_review', 'Test editor'],
      ['request_changes', 'in_review', 'changes_requested', 'Test medical-reviewer'],
      ['resubmit', 'changes_requested', 'in_review', 'Test editor'],
      ['approve', 'in_review', 'approved', 'Test medical-reviewer'],
      ['publish', 'approved', 'published', 'Test publisher'],
    ])
    expect(entries[1]?.comment).toBe('Say how many patients took part.')
    expect(entries.every((entry) => typeof entry.createdAt === 'string')).toBe(true)
  })

  it('tells reviewers about submissions and the author about change requests and publication', async () => {
    const { as, users } = cast
    const article = await writeSummary(t, as.editor)
    const reviewerMail = mailTo(users.reviewer.email).length
    const editorMail = mailTo(users.editor.email).length

    await actAll(article.id, [[as.editor, 'submit']])
    const toReviewer = mailTo(users.reviewer.email).slice(reviewerMail)
    expect(toReviewer).toHaveLength(1)
    expect(toReviewer[0]?.subject).toBe(`Ready for medical review: ${article.title}`)
    expect(toReviewer[0]?.text).toContain(`/admin/collections/articles/${article.id}`)

    await actAll(article.id, [[as.reviewer, 'request_changes', { comment: 'Cite the dose.' }]])
    await actAll(article.id, [[as.editor, 'resubmit']])
    expect(
      mailTo(users.reviewer.email)
        .slice(reviewerMail)
        .map((mail) => mail.subject),
    ).toEqual([`Ready for medical review: ${article.title}`, `Resubmitted for medical review: ${article.title}`])
    await actAll(article.id, [
      [as.reviewer, 'approve'],
      [as.publisher, 'publish'],
    ])
    const toEditor = mailTo(users.editor.email).slice(editorMail)
    expect(toEditor.map((mail) => mail.subject)).toEqual([`Changes requested: ${article.title}`, `Published: ${article.title}`])
    expect(toEditor[0]?.text).toContain('Cite the dose.')
    expect(toEditor[1]?.text).toContain('Medically reviewed by Test medical-reviewer')
  })

  it('takes published articles down and brings them back only through review', async () => {
    const { as } = cast
    const article = await writeSummary(t, as.editor)
    await actAll(article.id, [
      [as.editor, 'submit'],
      [as.reviewer, 'approve'],
      [as.publisher, 'publish'],
    ])
    expect((await act(as.publisher, article.id, 'unpublish')).status).toBe(200)
    expect(await live(t, article.id)).toBeNull()
    expect((await latest(t.payload, article.id)).workflowState).toBe('unpublished')

    expect((await act(as.publisher, article.id, 'archive')).status).toBe(200)
    expect((await latest(t.payload, article.id)).workflowState).toBe('archived')
    expect((await act(as.publisher, article.id, 'publish')).status).toBe(400)

    expect((await act(as.editor, article.id, 'reopen')).status).toBe(200)
    expect((await latest(t.payload, article.id)).workflowState).toBe('draft')
    expect(await live(t, article.id)).toBeNull()
  })

  it('archives a live article straight away', async () => {
    const { as } = cast
    const article = await writeSummary(t, as.editor)
    await actAll(article.id, [
      [as.editor, 'submit'],
      [as.reviewer, 'approve'],
      [as.publisher, 'publish'],
      [as.publisher, 'archive'],
    ])
    expect(await live(t, article.id)).toBeNull()
    expect((await latest(t.payload, article.id)).workflowState).toBe('archived')
  })
})

describe('who may take which action', () => {
  const refusals: [string, 'editor' | 'reviewer' | 'publisher' | 'marketing', string, string, number, RegExp][] = [
    ['an editor cannot approve', 'editor', 'in_review', 'approve', 403, /Only a medical reviewer can approve/],
    ['an editor cannot request changes', 'editor', 'in_review', 'request_changes', 403, /Only a medical reviewer or an admin/],
    ['an editor cannot publish', 'editor', 'approved', 'publish', 403, /Only a publisher or an admin can publish now/],
    ['a reviewer cannot submit', 'reviewer', 'draft', 'submit', 403, /Only an editor or an admin can submit for review/],
    ['a reviewer cannot publish', 'reviewer', 'approved', 'publish', 403, /Only a publisher or an admin/],
    ['a publisher cannot approve', 'publisher', 'in_review', 'approve', 403, /Only a medical reviewer can approve/],
    ['a publisher cannot submit', 'publisher', 'draft', 'submit', 403, /Only an editor or an admin/],
    ['a reviewer cannot approve a draft', 'reviewer', 'draft', 'approve', 400, /only possible from In review; this article is Draft/],
    ['a publisher cannot unpublish what is not live', 'publisher', 'approved', 'unpublish', 400, /only possible from Published/],
    ['an editor cannot reopen a draft', 'editor', 'draft', 'reopen', 400, /only possible from Unpublished or Archived/],
    ['a reviewer cannot resubmit', 'reviewer', 'changes_requested', 'resubmit', 403, /Only an editor or an admin can resubmit for review/],
    ['an editor cannot schedule', 'editor', 'approved', 'schedule', 403, /Only a publisher or an admin can schedule publishing/],
    [
      'an editor cannot cancel a schedule',
      'editor',
      'approved',
      'unschedule',
      403,
      /Only a publisher or an admin can cancel scheduled publishing/,
    ],
    ['an editor cannot unpublish', 'editor', 'published', 'unpublish', 403, /Only a publisher or an admin can unpublish/],
    ['a reviewer cannot archive', 'reviewer', 'published', 'archive', 403, /Only a publisher or an admin can archive/],
    ['a publisher cannot reopen', 'publisher', 'unpublished', 'reopen', 403, /Only an editor or an admin can reopen as draft/],
    ['marketing takes no part', 'marketing', 'draft', 'submit', 403, /Only editorial staff/],
  ]

  async function articleIn(state: string) {
    const { as } = cast
    const article = await writeSummary(t, as.editor)
    const toApproved: [typeof as.editor, string][] = [
      [as.editor, 'submit'],
      [as.reviewer, 'approve'],
    ]
    const path: Record<string, [typeof as.editor, string, Record<string, unknown>?][]> = {
      draft: [],
      in_review: [[as.editor, 'submit']],
      changes_requested: [
        [as.editor, 'submit'],
        [as.reviewer, 'request_changes', { comment: 'More detail.' }],
      ],
      approved: toApproved,
      published: [...toApproved, [as.publisher, 'publish']],
      unpublished: [...toApproved, [as.publisher, 'publish'], [as.publisher, 'unpublish']],
    }
    await actAll(article.id, path[state]!)
    return article
  }

  it.each(refusals)('%s', async (_name, role, state, action, status, message) => {
    const article = await articleIn(state)
    const result = await act(cast.as[role], article.id, action, { comment: 'A comment.' })
    expect(result.status).toBe(status)
    expect(result.body.errors?.[0]?.message).toMatch(message)
    expect((await latest(t.payload, article.id)).workflowState).toBe(state)
    const steps = { draft: 0, in_review: 1, changes_requested: 2, approved: 2, published: 3, unpublished: 4 }[state]
    expect(await trail(t.payload, article.id)).toHaveLength(steps!)
  })

  it('refuses "Request changes" without a comment', async () => {
    const article = await articleIn('in_review')
    const result = await act(cast.as.reviewer, article.id, 'request_changes', { comment: '   ' })
    expect(result.status).toBe(400)
    expect(result.body.errors?.[0]?.message).toBe('“Request changes” needs a comment telling the editor what to change.')
    expect((await latest(t.payload, article.id)).workflowState).toBe('in_review')
  })

  it('lets an admin approve only by an override with a reason, never as a medical review, and not publish what is unapproved', async () => {
    const article = await articleIn('draft')
    const plain = await act(cast.as.admin, article.id, 'approve')
    expect(plain.status).toBe(403)
    expect(plain.body.errors?.[0]?.message).toBe('Only a medical reviewer can approve.')
    expect((await act(cast.as.admin, article.id, 'override_approve')).status).toBe(400)
    const reason = 'The reviewer approved this text on paper; entering it for her.'
    expect((await act(cast.as.admin, article.id, 'override_approve', { comment: reason })).status).toBe(200)
    const overridden = await latest(t.payload, article.id)
    expect(overridden).toMatchObject({ workflowState: 'approved', approvedByOverride: true, reviewerName: null })
    expect((await trail(t.payload, article.id)).at(-1)).toMatchObject({ action: 'override_approve', comment: reason })
    const fresh = await articleIn('in_review')
    const refused = await act(cast.as.admin, fresh.id, 'publish')
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toBe(
      "This article can't be published yet: it must be approved by a medical reviewer first (it is currently In review).",
    )
  })

  it('refuses anonymous callers and unknown actions', async () => {
    const article = await articleIn('draft')
    expect((await act(t.rest, article.id, 'submit')).status).toBe(401)
    expect((await t.rest.get(`/articles/${article.id}/workflow`)).status).toBe(401)
    const unknown = await act(cast.as.editor, article.id, 'teleport')
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors?.[0]?.message).toBe("“teleport” isn't a workflow action.")
    expect((await act(cast.as.editor, 999999, 'submit')).status).toBe(404)
  })

  it('refuses a malformed body with 400, naming the field, and stores nothing', async () => {
    const article = await articleIn('draft')
    const trailBefore = (await t.payload.count({ collection: 'workflow-events', where: { article: { equals: article.id } } })).totalDocs
    const cases: [Record<string, unknown>, string][] = [
      [{ comment: 'x'.repeat(10_001) }, 'comment: at most 10,000 characters'],
      [{ comment: { html: '<b>hi</b>' } }, 'comment: '],
      [{ publishAt: 20270115 }, 'publishAt: '],
    ]
    for (const [extra, message] of cases) {
      const refused = await act(cast.as.editor, article.id, 'submit', extra)
      expect(refused.status, JSON.stringify(extra).slice(0, 60)).toBe(400)
      expect(refused.body.errors?.[0]?.message).toContain(message)
    }
    const blank = await act(cast.as.editor, article.id, 'comment', { comment: '   ' })
    expect([blank.status, blank.body.errors?.[0]?.message]).toEqual([400, 'Write a comment first.'])
    expect((await latest(t.payload, article.id)).workflowState).toBe('draft')
    const trailAfter = (await t.payload.count({ collection: 'workflow-events', where: { article: { equals: article.id } } })).totalDocs
    expect(trailAfter).toBe(trailBefore)
  })
})

describe('what the admin shows: GET /api/articles/:id/workflow', () => {
  it('offers each role only its own buttons', async () => {
    const { as } = cast
    const article = await writeSummary(t, as.editor)
    const actionsFor = async (client: typeof as.editor) =>
      ((await (await client.get(`/articles/${article.id}/workflow`)).json()) as { actions: { action: string }[] }).actions.map(
        (offer) => offer.action,
      )

    expect(await actionsFor(as.editor)).toEqual(['submit'])
    expect(await actionsFor(as.reviewer)).toEqual([])
    await actAll(article.id, [[as.editor, 'submit']])
    expect(await actionsFor(as.reviewer)).toEqual(['request_changes', 'approve'])
    expect(await actionsFor(as.editor)).toEqual([])
    await actAll(article.id, [[as.reviewer, 'approve']])
    expect(await actionsFor(as.publisher)).toEqual(['publish', 'schedule', 'send_back'])
    // The reviewer may withdraw the approval; the editor has nothing to do until then.
    expect(await actionsFor(as.reviewer)).toEqual(['send_back'])
    expect(await actionsFor(as.editor)).toEqual([])
    expect((await as.marketing.get(`/articles/${article.id}/workflow`)).status).toBe(403)
  })

  it('shows state, unmet gates and the trail', async () => {
    const { as } = cast
    const article = await writeSummary(t, as.editor, { excerpt: '' })
    await actAll(article.id, [[as.editor, 'submit']])
    const status = (await (await as.editor.get(`/articles/${article.id}/workflow`)).json()) as {
      state: string
      live: boolean
      gates: { gate: string }[]
      refusal: string
      trail: { action: string; actorName: string }[]
    }
    expect(status.state).toBe('in_review')
    expect(status.live).toBe(false)
    expect(status.gates.map((gate) => gate.gate)).toEqual(['approved', 'excerpt'])
    expect(status.refusal).toMatch(/^This article can't be published yet: \(1\) It must be approved/)
    expect(status.trail).toEqual([expect.objectContaining({ action: 'submit', actorName: 'Test editor' })])
  })
})

describe('the editorial comment thread', () => {
  it('keeps comments on the trail in order, with who and when', async () => {
    const { as } = cast
    const article = await writeSummary(t, as.editor)
    expect((await act(as.editor, article.id, 'comment', { comment: 'Is the dose right?' })).status).toBe(200)
    expect((await act(as.reviewer, article.id, 'comment', { comment: 'Yes, 1 million cells per kg.' })).status).toBe(200)
    const empty = await act(as.reviewer, article.id, 'comment', { comment: '' })
    expect(empty.status).toBe(400)
    expect((await act(as.marketing, article.id, 'comment', { comment: 'Nice!' })).status).toBe(403)
    const entries = await trail(t.payload, article.id)
    expect(entries.map((entry) => [entry.action, entry.actorName, entry.comment])).toEqual([
      ['comment', 'Test editor', 'Is the dose right?'],
      ['comment', 'Test medical-reviewer', 'Yes, 1 million cells per kg.'],
    ])
  })

  it('e-mails the people a comment @mentions and the author, each once, with a link to the comment', async () => {
    const { as, users } = cast
    const colleague = await createUser(t.payload, ['medical-reviewer'])
    const colleagueName = `Dana Mention ${Date.now().toString(36)}`
    await t.payload.update({ collection: 'users', id: colleague.id, data: { name: colleagueName }, overrideAccess: true })
    const article = await writeSummary(t, as.editor)
    const before = {
      colleague: mailTo(colleague.email).length,
      publisher: mailTo(users.publisher.email).length,
      editor: mailTo(users.editor.email).length,
      reviewer: mailTo(users.reviewer.email).length,
    }

    const comment = `@${colleagueName.toLowerCase()} can you check the dose? cc @${users.publisher.email} and @${colleagueName} again`
    const posted = await act(as.reviewer, article.id, 'comment', { comment })
    expect(posted.status).toBe(200)
    expect(posted.body.message).toMatch(/^Comment added; e-mailed /)

    const [event] = (await trail(t.payload, article.id)).filter((entry) => entry.action === 'comment')
    const toColleague = mailTo(colleague.email).slice(before.colleague)
    expect(toColleague.map((mail) => mail.subject)).toEqual([`You were mentioned: ${article.title}`])
    expect(toColleague[0]!.text).toContain(comment)
    expect(toColleague[0]!.text).toContain(`/admin/collections/articles/${article.id}#comment-${event!.id}`)
    expect(
      mailTo(users.publisher.email)
        .slice(before.publisher)
        .map((mail) => mail.subject),
    ).toEqual([`You were mentioned: ${article.title}`])
    // The author hears of it without being mentioned; the commenter is never e-mailed their own comment.
    expect(
      mailTo(users.editor.email)
        .slice(before.editor)
        .map((mail) => mail.subject),
    ).toEqual([`New comment: ${article.title}`])
    expect(mailTo(users.reviewer.email).length).toBe(before.reviewer)
  })

  it('outlives a deleted article, keeping its title', async () => {
    const { as } = cast
    const article = await writeSummary(t, as.editor)
    await actAll(article.id, [[as.editor, 'submit']])
    expect((await as.editor.delete(`/articles/${article.id}`)).status).toBe(200)
    const { docs } = await t.payload.find({
      collection: 'workflow-events',
      where: { articleTitle: { equals: article.title } },
      overrideAccess: true,
    })
    expect(docs.map((entry) => [entry.action, entry.article ?? null])).toEqual([['submit', null]])
  })

  it('cannot be written or rewritten through the API', async () => {
    const { as } = cast
    const article = await writeSummary(t, as.editor)
    await actAll(article.id, [[as.editor, 'comment', { comment: 'First.' }]])
    const [entry] = await trail(t.payload, article.id)
    expect((await as.admin.post('/workflow-events', { article: article.id, action: 'approve', actorName: 'Forged' })).status).toBe(403)
    expect((await as.admin.patch(`/workflow-events/${entry!.id}`, { comment: 'Rewritten.' })).status).toBe(403)
    expect((await as.admin.delete(`/workflow-events/${entry!.id}`)).status).toBe(403)
    expect((await as.editor.get(`/workflow-events?where[article][equals]=${article.id}`)).status).toBe(200)
    expect((await as.marketing.get(`/workflow-events`)).status).toBe(403)
    expect((await trail(t.payload, article.id)).map((e) => e.comment)).toEqual(['First.'])
  })
})

describe('plain language in the workflow status', () => {
  it('grades the saved excerpt and body against the target for the article type, without blocking anything', async () => {
    const { as } = cast
    const dense =
      'Intra-articular administration of autologous mesenchymal stromal cells demonstrated statistically significant improvements in patient-reported functional outcomes, notwithstanding considerable heterogeneity in methodological quality.'
    const article = await writeSummary(t, as.editor, {
      excerpt: 'The cells went into the knee. Pain went down a bit for most of the people in the trial.',
      body: {
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              textFormat: 0,
              children: [{ type: 'text', version: 1, text: dense, detail: 0, format: 0, mode: 'normal', style: '' }],
            },
          ],
        },
      },
    })
    const status = (await (await as.editor.get(`/articles/${article.id}/workflow`)).json()) as {
      readability: { target: number; excerpt: { grade: number } | null; body: { grade: number; words: number } | null }
      actions: { action: string }[]
    }
    expect(status.readability.target).toBe(8)
    expect(status.readability.excerpt!.grade).toBeLessThan(8)
    expect(status.readability.body!.grade).toBeGreaterThan(8)
    // The body's rich text is read as plain text (hyphenated words count as two).
    expect(status.readability.body!.words).toBe(23)
    // Guidance only: submitting is still offered.
    expect(status.actions.map((offer) => offer.action)).toContain('submit')
  })
})
