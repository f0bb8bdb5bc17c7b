/**
 * Issue 14: "Medically reviewed by" names a person visitors can look up. A reviewer's public
 * profile is reviewed by a colleague (never by the reviewer), an approval links the approving
 * reviewer's published profile, and no staff account data reaches visitors through it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import { act, actAll, type Cast, signInEveryone, writeSummary } from './helpers'

let t: TestPayload
let cast: Cast
let colleague: RestClient
let profileId: number
let profileSlug: string

type Profile = { id: number; displayName: string; credentials?: string; slug: string; user?: unknown; email?: unknown }

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  cast = await signInEveryone(t)
  const other = await createUser(t.payload, ['medical-reviewer'])
  colleague = await t.rest.login(other.email, other.password)
  const created = await cast.as.editor.post('/reviewer-profiles', {
    user: cast.users.reviewer.id,
    displayName: 'Dr. Ada Lung',
    credentials: 'MD, PhD',
    specialty: 'Pulmonology',
    bio: 'Reads every lung-disease summary before it is published.',
  })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: Profile }
  profileId = doc.id
  profileSlug = doc.slug
})
afterAll(() => t?.stop())

async function publishedSummaryApprovedBy(reviewer: RestClient) {
  const article = await writeSummary(t, cast.as.editor)
  await actAll(article.id, [
    [cast.as.editor, 'submit'],
    [reviewer, 'approve'],
    [cast.as.publisher, 'publish'],
  ])
  return article
}

describe('reviewer profiles', () => {
  it('are approved by a colleague, never by the reviewer they present, and stay hidden until published', async () => {
    await actAll(profileId, [[cast.as.editor, 'submit']], 'reviewer-profiles')
    expect((await t.rest.get(`/reviewer-profiles/${profileId}`)).status).not.toBe(200)
    const own = await act(cast.as.reviewer, profileId, 'approve', {}, 'reviewer-profiles')
    expect(own.status).toBe(403)
    await actAll(
      profileId,
      [
        [colleague, 'approve'],
        [cast.as.publisher, 'publish'],
      ],
      'reviewer-profiles',
    )
    const visitor = await t.rest.get(`/reviewer-profiles?where[slug][equals]=${profileSlug}`)
    expect(visitor.status).toBe(200)
    const [shown] = ((await visitor.json()) as { docs: Profile[] }).docs
    expect(shown).toMatchObject({ displayName: 'Dr. Ada Lung', credentials: 'MD, PhD' })
  })

  it('never show visitors the staff account behind them, nor let them query by it', async () => {
    const shown = (await (await t.rest.get(`/reviewer-profiles/${profileId}?depth=2`)).json()) as Profile
    expect(shown.user).toBeUndefined()
    expect(JSON.stringify(shown)).not.toContain(cast.users.reviewer.email)
    expect((await t.rest.get(`/reviewer-profiles?where[user][equals]=${cast.users.reviewer.id}`)).status).toBe(400)
    expect((await t.rest.get(`/reviewer-profiles?where[user.email][like]=example`)).status).toBe(400)
  })

  it('are linked from what their reviewer approves, for visitors to follow', async () => {
    const article = await publishedSummaryApprovedBy(cast.as.reviewer)
    const seen = (await (await t.rest.get(`/articles/${article.id}?depth=1`)).json()) as { reviewerName: string; reviewerProfile: Profile }
    expect(seen.reviewerProfile).toMatchObject({ id: profileId, displayName: 'Dr. Ada Lung', credentials: 'MD, PhD', slug: profileSlug })
    expect(seen.reviewerProfile.user).toBeUndefined()
    const reviewedBy = await t.rest.get(`/articles?where[reviewerProfile][equals]=${profileId}&depth=0`)
    expect(((await reviewedBy.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id)).toContain(article.id)
  })

  it('link nothing for a reviewer without a published profile, or for an admin override', async () => {
    const article = await publishedSummaryApprovedBy(colleague)
    const seen = (await (await t.rest.get(`/articles/${article.id}?depth=1`)).json()) as { reviewerProfile?: unknown }
    expect(seen.reviewerProfile ?? null).toBeNull()

    const overridden = await writeSummary(t, cast.as.editor)
    await actAll(overridden.id, [[cast.as.editor, 'submit']])
    const override = await act(cast.as.admin, overridden.id, 'override_approve', {
      comment: 'The reviewer is away; checked against the paper.',
    })
    expect(override.status).toBe(200)
    await actAll(overridden.id, [[cast.as.publisher, 'publish']])
    const shown = (await (await t.rest.get(`/articles/${overridden.id}?depth=1`)).json()) as {
      reviewerProfile?: unknown
      reviewerName?: unknown
    }
    expect(shown.reviewerProfile ?? null).toBeNull()
    expect(shown.reviewerName ?? null).toBeNull()
  })

  it('cannot be linked by hand: the workflow alone writes the link', async () => {
    const article = await writeSummary(t, cast.as.editor)
    await cast.as.editor.patch(`/articles/${article.id}`, { reviewerProfile: profileId })
    const stored = await t.payload.findByID({ collection: 'articles', id: article.id, draft: true, depth: 0, overrideAccess: true })
    expect(stored.reviewerProfile ?? null).toBeNull()
  })
})
