/**
 * Issue 14: the clinic's name, tagline, contact details and call to action are on every page, so
 * they reach visitors (the site settings) only as a reviewed, published clinic profile. Every other
 * way of changing them is refused with a reason naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import type { RestClient } from '../helpers/rest'
import { act, actAll, type Cast, signInEveryone } from '../workflow/helpers'

let t: TestPayload
let cast: Cast
let profileId: number

const profile = {
  clinicName: 'Example Regenerative Clinic',
  tagline: 'Research explained plainly',
  phone: '(555) 010-0199',
  email: 'care@example.test',
  address: { city: 'Saint Petersburg', region: 'FL', country: 'US' },
  callToAction: {
    heading: 'Talk to a care coordinator',
    text: 'We answer within one business day.',
    buttonLabel: 'Request information packet',
  },
}

type Settings = typeof profile
const visitorSees = async (): Promise<Settings> => (await (await t.rest.get('/globals/site-settings')).json()) as Settings
const errorsOf = async (response: Response) =>
  ((await response.json()) as { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }).errors
const reviewAndPublish = () =>
  actAll(
    profileId,
    [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
      [cast.as.publisher, 'publish'],
    ],
    'clinic-profile',
  )

/** Takes the working draft from whatever state it is in to published. */
async function reviewWhateverWaits() {
  const next: Record<string, [RestClient, string]> = {
    draft: [cast.as.editor, 'submit'],
    changes_requested: [cast.as.editor, 'submit'],
    in_review: [cast.as.reviewer, 'approve'],
    approved: [cast.as.publisher, 'publish'],
  }
  for (let step = 0; step < 4; step++) {
    const { workflowState } = (await (await cast.as.editor.get(`/clinic-profile/${profileId}?draft=true`)).json()) as {
      workflowState: string
    }
    if (!next[workflowState]) return
    const [client, action] = next[workflowState]!
    await actAll(profileId, [[client, action]], 'clinic-profile')
  }
}

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  cast = await signInEveryone(t)
  const created = await cast.as.editor.post('/clinic-profile', profile)
  expect(created.status).toBe(201)
  profileId = ((await created.json()) as { doc: { id: number } }).doc.id
})
afterAll(() => t?.stop())

describe('the clinic profile', () => {
  it('reaches the site settings only once a reviewer approved it and a publisher published it', async () => {
    expect((await visitorSees()).clinicName ?? null).toBeNull()
    await act(cast.as.editor, profileId, 'submit', {}, 'clinic-profile')
    expect((await visitorSees()).clinicName ?? null).toBeNull()
    await act(cast.as.reviewer, profileId, 'approve', {}, 'clinic-profile')
    expect((await visitorSees()).clinicName ?? null).toBeNull()
    expect((await act(cast.as.publisher, profileId, 'publish', {}, 'clinic-profile')).status).toBe(200)
    expect(await visitorSees()).toMatchObject(profile)
  })

  it('keeps the published text on the site while an edit waits for review, then shows the edit', async () => {
    const edit = await cast.as.editor.patch(`/clinic-profile/${profileId}?draft=true`, {
      callToAction: { ...profile.callToAction, heading: 'Questions? Ask us' },
    })
    expect(edit.status).toBe(200)
    expect((await visitorSees()).callToAction.heading).toBe(profile.callToAction.heading)
    // A publisher cannot push the unreviewed change out, nor can an editor by writing `_status`.
    const early = await act(cast.as.publisher, profileId, 'publish', {}, 'clinic-profile')
    expect(early.status).not.toBe(200)
    expect((await cast.as.editor.patch(`/clinic-profile/${profileId}`, { _status: 'published' })).status).not.toBe(200)
    expect((await visitorSees()).callToAction.heading).toBe(profile.callToAction.heading)
    await reviewAndPublish()
    expect((await visitorSees()).callToAction.heading).toBe('Questions? Ask us')
  })

  it('holds the four eyes: a reviewer who edited the change cannot approve it', async () => {
    const both = await createUser(t.payload, ['editor', 'medical-reviewer'])
    const writerReviewer: RestClient = await t.rest.login(both.email, both.password)
    expect(
      (await writerReviewer.patch(`/clinic-profile/${profileId}?draft=true`, { tagline: 'Research, explained by our own team' })).status,
    ).toBe(200)
    await act(writerReviewer, profileId, 'submit', {}, 'clinic-profile')
    const own = await act(writerReviewer, profileId, 'approve', {}, 'clinic-profile')
    expect(own.status).toBe(403)
    expect((await visitorSees()).tagline).not.toBe('Research, explained by our own team')
    await actAll(
      profileId,
      [
        [cast.as.reviewer, 'approve'],
        [cast.as.publisher, 'publish'],
      ],
      'clinic-profile',
    )
    expect((await visitorSees()).tagline).toBe('Research, explained by our own team')
  })

  it('blocks publishing a risky claim in the call to action, naming the words', async () => {
    const risky = 'Our FDA approved stem cell treatment can cure IPF.'
    await cast.as.editor.patch(`/clinic-profile/${profileId}?draft=true`, { callToAction: { ...profile.callToAction, text: risky } })
    await actAll(profileId, [[cast.as.editor, 'submit']], 'clinic-profile')
    const approve = await act(cast.as.reviewer, profileId, 'approve', {}, 'clinic-profile')
    const publish = approve.status === 200 ? await act(cast.as.publisher, profileId, 'publish', {}, 'clinic-profile') : approve
    expect(publish.status).not.toBe(200)
    expect(JSON.stringify(publish.body)).toMatch(/FDA approved|cure/i)
    expect((await visitorSees()).callToAction.text).not.toBe(risky)
    // Back to plain words, reviewed and published, for the tests that follow.
    await cast.as.editor.patch(`/clinic-profile/${profileId}?draft=true`, { callToAction: { ...profile.callToAction } })
    await reviewWhateverWaits()
    expect((await visitorSees()).callToAction.text).toBe(profile.callToAction.text)
  })

  it('is one document that stays on the site: a second profile, a delete and an unpublish are refused', async () => {
    const second = await cast.as.editor.post('/clinic-profile', { ...profile, clinicName: 'A second clinic' })
    expect(second.status).toBe(400)
    expect(JSON.stringify(await errorsOf(second))).toMatch(/already exists/)
    expect((await cast.as.admin.delete(`/clinic-profile/${profileId}`)).status).toBe(403)
    const unpublish = await act(cast.as.publisher, profileId, 'unpublish', { comment: 'trying' }, 'clinic-profile')
    expect(unpublish.status).not.toBe(200)
    expect(JSON.stringify(unpublish.body)).toMatch(/stays on the site/)
    expect((await visitorSees()).clinicName).toBe(profile.clinicName)
  })

  it('keeps its drafts from visitors and marketing keys', async () => {
    expect((await t.rest.get(`/clinic-profile/${profileId}`)).status).toBe(403)
    expect((await t.rest.get('/clinic-profile')).status).toBe(403)
    expect((await cast.as.marketing.get('/clinic-profile')).status).toBe(403)
  })

  it('refuses to publish an invalid e-mail address, naming the field', async () => {
    // Payload does not validate working drafts; publishing one does.
    expect((await cast.as.editor.patch(`/clinic-profile/${profileId}?draft=true`, { email: 'not-an-email' })).status).toBe(200)
    await actAll(
      profileId,
      [
        [cast.as.editor, 'submit'],
        [cast.as.reviewer, 'approve'],
      ],
      'clinic-profile',
    )
    const publish = await act(cast.as.publisher, profileId, 'publish', {}, 'clinic-profile')
    expect(publish.status).toBe(400)
    expect(JSON.stringify(publish.body)).toMatch(/email/i)
    expect((await visitorSees()).email).toBe(profile.email)
  })
})

describe('the site settings', () => {
  it('refuse an admin changing the clinic details directly, naming each field and where to change them', async () => {
    const before = await visitorSees()
    const response = await cast.as.admin.post('/globals/site-settings', { ...before, phone: '000', tagline: 'Changed without review' })
    expect(response.status).toBe(400)
    const fields = (await errorsOf(response))[0]!.data!.errors!
    expect(fields.map((field) => field.path).sort()).toEqual(['phone', 'tagline'])
    expect(fields[0]!.message).toMatch(/Clinic profile/)
    expect(await visitorSees()).toEqual(before)
  })

  it('accept a save that leaves the published details as they are (the admin form sends them back)', async () => {
    const before = await visitorSees()
    expect((await cast.as.admin.post('/globals/site-settings', { ...before })).status).toBe(200)
  })

  it('cannot be changed by an editor or anonymously', async () => {
    const before = await visitorSees()
    expect((await cast.as.editor.post('/globals/site-settings', { ...before, phone: '000' })).status).toBe(403)
    expect((await t.rest.post('/globals/site-settings', { ...before, phone: '000' })).status).toBe(403)
    expect((await visitorSees()).phone).toBe(before.phone)
  })
})
