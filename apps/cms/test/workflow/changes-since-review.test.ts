/**
 * Issue 18: a reviewer sees what changed since their last review in one click, as words added
 * and removed and the claims check's findings as sentences, not as Payload's version JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { act, actAll, type Cast, signInEveryone, writeSummary } from './helpers'

let t: TestPayload
let cast: Cast

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  cast = await signInEveryone(t)
})
afterAll(() => t?.stop())

interface Changes {
  since: { at: string; by: string; action: string } | null
  changes: { field: string; parts: { text: string; change: 'same' | 'added' | 'removed' }[] }[]
  findings: { added: string[]; resolved: string[] }
}

async function changesAs(client: Cast['as'][keyof Cast['as']], id: number): Promise<{ status: number; body: Changes }> {
  const response = await client.get(`/articles/${id}/changes-since-review`)
  return { status: response.status, body: (await response.json()) as Changes }
}

describe('what changed since the last review', () => {
  it('shows the words the editor changed after a request for changes, and the new claim as a sentence', async () => {
    const article = await writeSummary(t, cast.as.editor, { excerpt: 'Thirty adults with knee pain took part in a small trial.' })
    const first = await changesAs(cast.as.reviewer, article.id)
    expect(first.status).toBe(200)
    expect(first.body.since).toBeNull()

    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'request_changes', { comment: 'Say how the groups were treated.' }],
    ])
    const edited = await cast.as.editor.patch(`/articles/${article.id}?draft=true`, {
      excerpt: 'Thirty adults with knee pain took part; the treatment is a proven cure for knee osteoarthritis.',
    })
    expect(edited.status).toBe(200)
    expect((await act(cast.as.editor, article.id, 'resubmit')).status).toBe(200)

    const { status, body } = await changesAs(cast.as.reviewer, article.id)
    expect(status).toBe(200)
    expect(body.since).toMatchObject({ action: 'request_changes', by: expect.any(String) })
    const excerpt = body.changes.find((change) => change.field === 'excerpt')
    expect(excerpt).toBeDefined()
    const words = (change: 'added' | 'removed') =>
      excerpt!.parts
        .filter((part) => part.change === change)
        .map((part) => part.text)
        .join('')
    expect(words('removed')).toMatch(/small.*trial/)
    expect(words('added')).toContain('proven cure')
    // Unchanged fields are not listed.
    expect(body.changes.map((change) => change.field)).not.toContain('title')
    expect(body.findings.added.join(' ')).toMatch(/“[^”]*cure[^”]*” in the excerpt/i)
    expect(body.findings.resolved).toEqual([])
  })

  it('is for staff only', async () => {
    const article = await writeSummary(t, cast.as.editor)
    expect((await t.rest.get(`/articles/${article.id}/changes-since-review`)).status).toBe(401)
    expect((await cast.as.marketing.get(`/articles/${article.id}/changes-since-review`)).status).toBe(403)
    expect((await cast.as.reviewer.get('/articles/999999/changes-since-review')).status).toBe(404)
  })
})
