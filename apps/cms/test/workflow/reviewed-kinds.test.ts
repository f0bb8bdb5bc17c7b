/**
 * Issue 14: conditions, disclaimers and the citations the site prints are public text too, so every way of changing them goes
 * through the same workflow as articles: a change reaches visitors only after a medical reviewer
 * other than its author approved it and a publisher published it. The same bypasses the articles'
 * suite tries (raw `_status` over REST, with and without draft, bulk PATCH, version restore, the
 * local API with a user, workflow fields in the body, duplicates), per kind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { citationData, richText } from '../helpers/fixtures'
import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import { act, actAll, type Cast, signInEveryone } from './helpers'

let t: TestPayload
let cast: Cast
let secondReviewer: RestClient
/** Reviewers whose public profiles the reviewer-profiles suite writes (one profile per account). */
const profiledReviewers: number[] = []

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  cast = await signInEveryone(t)
  const other = await createUser(t.payload, ['medical-reviewer'])
  secondReviewer = await t.rest.login(other.email, other.password)
  for (let n = 0; n < 12; n++) profiledReviewers.push((await createUser(t.payload, ['medical-reviewer'])).id)
})
afterAll(() => t?.stop())

let serial = 0
const KINDS = [
  {
    collection: 'conditions' as const,
    text: 'summary' as const,
    make: () => ({
      name: `Idiopathic pulmonary fibrosis ${++serial}`,
      category: 'pulmonary',
      summary: 'Scarring of the lungs that makes breathing harder over time.',
    }),
    risky: 'Our FDA approved stem cell treatment can cure IPF.',
  },
  {
    collection: 'disclaimers' as const,
    text: 'title' as const,
    make: () => ({
      title: `Disclaimer for pulmonary articles ${++serial}`,
      body: richText('Research findings describe groups of people in studies.'),
      scope: 'article-type',
      articleTypes: ['research-summary'],
      active: true,
    }),
    risky: 'Guaranteed results with our FDA approved therapy',
  },
  {
    collection: 'citations' as const,
    text: 'title' as const,
    make: () => citationData(),
    // A paper's own title is a quotation, not the clinic's claim: no claims check, and a citation is never duplicated (it would be a twin).
    risky: null,
  },
  {
    collection: 'reviewer-profiles' as const,
    text: 'credentials' as const,
    make: () => ({
      displayName: `Dr. Demo Reviewer ${++serial}`,
      credentials: 'MD',
      specialty: 'Pulmonology',
      user: profiledReviewers.shift(),
    }),
    risky: 'MD, the only doctor with a guaranteed cure',
  },
]

describe.each(KINDS)('$collection', ({ collection, text, make, risky }) => {
  const path = `/${collection}`
  type Doc = Record<string, unknown> & { id: number }
  const visitorSees = async (id: number): Promise<Doc | null> => {
    const response = await t.rest.get(`${path}/${id}`)
    return response.status === 200 ? ((await response.json()) as Doc) : null
  }
  const review = (id: number) =>
    actAll(
      id,
      [
        [cast.as.editor, 'submit'],
        [cast.as.reviewer, 'approve'],
        [cast.as.publisher, 'publish'],
      ],
      collection,
    )
  async function liveOne(): Promise<Doc> {
    const created = await cast.as.editor.post(path, make())
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: Doc }
    await review(doc.id)
    return doc
  }

  it('goes live only after review and publishing; visitors keep the old text while a change waits', async () => {
    const doc = await liveOne()
    const before = (await visitorSees(doc.id))![text]
    const edit = await cast.as.editor.patch(`${path}/${doc.id}`, { [text]: `${String(before)} (revised)` })
    expect(edit.status).toBe(200)
    expect((await visitorSees(doc.id))![text]).toBe(before)
    await actAll(
      doc.id,
      [
        [cast.as.editor, 'submit'],
        [cast.as.reviewer, 'approve'],
      ],
      collection,
    )
    expect((await visitorSees(doc.id))![text]).toBe(before)
    await actAll(doc.id, [[cast.as.publisher, 'publish']], collection)
    expect((await visitorSees(doc.id))![text]).toBe(`${String(before)} (revised)`)
  })

  it('refuses a raw `_status: published` from an editor, on create and on PATCH with or without draft', async () => {
    const created = await cast.as.editor.post(path, { ...make(), _status: 'published' })
    expect(created.status).toBe(403)
    const doc = await liveOne()
    for (const query of ['', '?draft=true']) {
      const response = await cast.as.editor.patch(`${path}/${doc.id}${query}`, {
        [text]: 'Changed and published at once',
        _status: 'published',
      })
      expect(response.status).toBe(403)
    }
    expect((await visitorSees(doc.id))![text]).not.toBe('Changed and published at once')
  })

  it('refuses a publisher publishing an unreviewed change, naming the missing approval', async () => {
    const doc = await liveOne()
    const response = await cast.as.publisher.patch(`${path}/${doc.id}`, { [text]: 'Unreviewed wording', _status: 'published' })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /approved by a medical reviewer first/,
    )
    expect((await visitorSees(doc.id))![text]).not.toBe('Unreviewed wording')
  })

  it('turns a bulk edit into working drafts and refuses a bulk publish by an editor', async () => {
    const doc = await liveOne()
    const bulk = await cast.as.editor.patch(`${path}?where[id][equals]=${doc.id}`, { [text]: 'Bulk wording' })
    expect(bulk.status).toBe(200)
    expect((await visitorSees(doc.id))![text]).not.toBe('Bulk wording')
    const bulkPublish = await cast.as.editor.patch(`${path}?where[id][equals]=${doc.id}`, {
      [text]: 'Bulk published',
      _status: 'published',
    })
    expect(((await bulkPublish.json()) as { docs?: unknown[] }).docs ?? []).toHaveLength(0)
    expect((await visitorSees(doc.id))![text]).not.toBe('Bulk published')
  })

  it('ignores workflow fields in the body and starts duplicates as unreviewed drafts', async () => {
    const created = await cast.as.editor.post(path, {
      ...make(),
      workflowState: 'approved',
      reviewerName: 'Dr. Nobody',
      approvedByOverride: false,
    })
    const { doc } = (await created.json()) as { doc: Doc }
    expect(doc.workflowState).toBe('draft')
    expect(doc.reviewerName ?? null).toBeNull()
    const live = await liveOne()
    if (collection === 'citations' || collection === 'reviewer-profiles') {
      // A twin citation, or a second profile for the same reviewer: refused.
      expect((await cast.as.editor.post(`${path}/${live.id}/duplicate`, {})).status).not.toBe(201)
      return
    }
    const duplicate = await cast.as.editor.post(`${path}/${live.id}/duplicate`, {})
    expect([200, 201]).toContain(duplicate.status)
    const copy = ((await duplicate.json()) as { doc: Doc }).doc
    expect(copy.workflowState).toBe('draft')
    expect(await visitorSees(copy.id)).toBeNull()
  })

  it('does not let an editor restore an old published version over newer text, nor delete live content', async () => {
    const doc = await liveOne()
    await cast.as.editor.patch(`${path}/${doc.id}`, { [text]: 'Newer wording' })
    await actAll(
      doc.id,
      [
        [cast.as.editor, 'submit'],
        [cast.as.reviewer, 'approve'],
        [cast.as.publisher, 'publish'],
      ],
      collection,
    )
    const { docs: versions } = await t.payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
      sort: 'createdAt',
      overrideAccess: true,
    })
    const restore = await cast.as.editor.post(`${path}/versions/${versions[0]!.id}`, {})
    expect(restore.status).toBe(403)
    expect((await visitorSees(doc.id))![text]).toBe('Newer wording')
    expect((await cast.as.editor.delete(`${path}/${doc.id}`)).status).not.toBe(200)
    expect(await visitorSees(doc.id)).not.toBeNull()
  })

  it('applies the workflow to the local API with a user, even with overrideAccess', async () => {
    const doc = await liveOne()
    const editorUser = { ...cast.users.editor, collection: 'users' as const }
    await expect(
      t.payload.update({
        collection,
        id: doc.id,
        data: { [text]: 'Local wording', _status: 'published' },
        user: editorUser,
        overrideAccess: true,
      }),
    ).rejects.toThrow()
    expect((await visitorSees(doc.id))![text]).not.toBe('Local wording')
  })

  it('holds the four eyes and the claims check', async () => {
    const created = await cast.as.reviewer.post(path, make())
    const { doc } = (await created.json()) as { doc: Doc }
    await actAll(doc.id, [[cast.as.editor, 'submit']], collection)
    expect((await act(cast.as.reviewer, doc.id, 'approve', {}, collection)).status).toBe(403)
    if (risky === null) {
      await actAll(
        doc.id,
        [
          [secondReviewer, 'approve'],
          [cast.as.publisher, 'publish'],
        ],
        collection,
      )
      expect(await visitorSees(doc.id)).not.toBeNull()
      return
    }
    await cast.as.editor.patch(`${path}/${doc.id}`, { [text]: risky })
    await actAll(doc.id, [[secondReviewer, 'approve']], collection)
    const refused = await act(cast.as.publisher, doc.id, 'publish', {}, collection)
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toMatch(/risky claim/)
    expect(await visitorSees(doc.id)).toBeNull()
  })
})

describe('the site-wide disclaimer', () => {
  it('cannot be switched off by one PATCH: it stays on the site until the change is reviewed and published', async () => {
    const { docs } = await t.payload.find({
      collection: 'disclaimers',
      where: { and: [{ scope: { equals: 'site-wide' } }, { active: { equals: true } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
    })
    const siteWide =
      docs[0] ??
      (await t.payload.create({
        collection: 'disclaimers',
        data: {
          title: 'Medical disclaimer',
          body: richText('For general information only.'),
          scope: 'site-wide',
          active: true,
          workflowState: 'approved',
          _status: 'published',
        },
        overrideAccess: true,
      }))
    const off = await cast.as.reviewer.patch(`/disclaimers/${siteWide.id}`, { active: false })
    expect(off.status).toBe(200)
    expect((await t.rest.get(`/disclaimers/${siteWide.id}`)).status).toBe(200)
    // The reviewer edited it, so the reviewer cannot approve it.
    await actAll(siteWide.id, [[cast.as.editor, 'submit']], 'disclaimers')
    expect((await act(cast.as.reviewer, siteWide.id, 'approve', {}, 'disclaimers')).status).toBe(403)
  })
})
