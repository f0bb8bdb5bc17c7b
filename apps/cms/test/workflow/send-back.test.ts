/**
 * Issue 18: once approved, an article is not stuck. The reviewer who approved it, or the
 * publisher who finds a problem, sends it back to its editor with a comment; the approval and any
 * scheduled publishing are withdrawn, and the editor is told what to change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { act, actAll, type Cast, latest, mailTo, signInEveryone, writeSummary } from './helpers'

let t: TestPayload
let cast: Cast

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  cast = await signInEveryone(t)
})
afterAll(() => t?.stop())

async function approvedSummary() {
  const article = await writeSummary(t, cast.as.editor)
  await actAll(article.id, [
    [cast.as.editor, 'submit'],
    [cast.as.reviewer, 'approve'],
  ])
  return article
}

describe('sending an approved article back', () => {
  it('lets the publisher withdraw the approval and the schedule, and e-mails the editor the reason', async () => {
    const article = await approvedSummary()
    const publishAt = new Date(Date.now() + 60 * 60 * 1000).toISOString()
    expect((await act(cast.as.publisher, article.id, 'schedule', { publishAt })).status).toBe(200)
    const before = mailTo(cast.users.editor.email).length

    expect((await act(cast.as.publisher, article.id, 'send_back')).status).toBe(400)
    const reason = 'The dose in the second paragraph does not match the paper’s Table 2.'
    const sent = await act(cast.as.publisher, article.id, 'send_back', { comment: reason })
    expect(sent.status).toBe(200)

    const stored = await latest(t.payload, article.id)
    expect(stored.workflowState).toBe('changes_requested')
    expect(stored.scheduledPublishAt ?? null).toBeNull()
    const mails = mailTo(cast.users.editor.email).slice(before)
    expect(mails.map((mail) => mail.text).join('\n')).toContain(reason)
    // The publisher cannot publish what is no longer approved.
    expect((await act(cast.as.publisher, article.id, 'publish')).status).not.toBe(200)
  })

  it('lets the medical reviewer withdraw an approval too, but never an editor', async () => {
    const article = await approvedSummary()
    expect((await act(cast.as.editor, article.id, 'send_back', { comment: 'I changed my mind' })).status).toBe(403)
    expect((await act(cast.as.reviewer, article.id, 'send_back', { comment: 'Please add the trial’s size to the excerpt.' })).status).toBe(
      200,
    )
    expect((await latest(t.payload, article.id)).workflowState).toBe('changes_requested')
    // The editor resubmits as after any request for changes.
    expect((await act(cast.as.editor, article.id, 'resubmit')).status).toBe(200)
  })
})
