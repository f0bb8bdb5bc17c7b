/**
 * Issue 18: the articles list's "Published" filter is what visitors can read. A live article
 * whose working copy is a draft is still on the site, so it is still listed there; taking it down
 * takes it out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPublishedArticle } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { act, type Cast, signInEveryone, writeSummary } from './helpers'

let t: TestPayload
let cast: Cast

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  cast = await signInEveryone(t)
})
afterAll(() => t?.stop())

/** The ids the admin's "Published" filter lists (its list reads the newest versions, as here). */
async function listedAsPublished(ids: number[]): Promise<number[]> {
  const response = await cast.as.editor.get(
    `/articles?draft=true&depth=0&limit=50&where[and][0][live][equals]=true&where[and][1][id][in]=${ids.join(',')}`,
  )
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id).sort((a, b) => a - b)
}

describe('the "Published" filter', () => {
  it('lists live articles, also while a working draft is open, and not drafts or articles taken down', async () => {
    const live = await createPublishedArticle(t.payload)
    const withDraft = await createPublishedArticle(t.payload)
    const neverPublished = await writeSummary(t, cast.as.editor)
    expect(
      (await cast.as.editor.patch(`/articles/${withDraft.id}?draft=true`, { excerpt: 'A working draft of a live article.' })).status,
    ).toBe(200)
    const ids = [live.id, withDraft.id, neverPublished.id]
    expect(await listedAsPublished(ids)).toEqual([live.id, withDraft.id].sort((a, b) => a - b))

    expect((await act(cast.as.publisher, live.id, 'unpublish', { comment: 'Out of date.' })).status).toBe(200)
    expect(await listedAsPublished(ids)).toEqual([withDraft.id])
    // Visitors cannot see or filter on it.
    expect((await t.rest.get(`/articles?where[live][equals]=true`)).status).toBe(400)
  })
})
