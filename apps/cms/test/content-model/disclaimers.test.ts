import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { liveFixture, richText } from '../helpers/fixtures'
import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { actAll, type Cast, signInEveryone } from '../workflow/helpers'

let t: TestPayload
let cast: Cast
let editor: RestClient

beforeAll(async () => {
  t = await startTestPayload()
  cast = await signInEveryone(t)
  editor = cast.as.editor
})
afterAll(() => t?.stop())

const disclaimer = (overrides: Record<string, unknown> = {}) => ({
  title: 'Medical disclaimer',
  body: richText('This website and its contents are not intended to treat, cure, diagnose, or prevent any disease.'),
  scope: 'site-wide' as const,
  active: true,
  ...overrides,
})

const visibleIds = async () => (await (await t.rest.get('/disclaimers?limit=100')).json()).docs.map((d: { id: number }) => d.id)

describe('disclaimers', () => {
  it('are created, read, updated and deleted over REST and keep their versions', async () => {
    const { doc } = await (await editor.post('/disclaimers', disclaimer())).json()
    await editor.patch(`/disclaimers/${doc.id}`, { title: 'Medical disclaimer (2026)' })
    const versions = await t.payload.findVersions({
      collection: 'disclaimers',
      where: { parent: { equals: doc.id } },
      overrideAccess: true,
    })
    expect(versions.totalDocs).toBe(2)
    expect((await editor.delete(`/disclaimers/${doc.id}`)).status).toBe(200)
  })

  it('are shown to visitors only while active and in effect', async () => {
    const active = await t.payload.create({
      collection: 'disclaimers',
      data: liveFixture(disclaimer({ scope: 'article-type', articleTypes: ['research-summary'] })),
      overrideAccess: true,
    })
    const inactive = await t.payload.create({
      collection: 'disclaimers',
      data: liveFixture(disclaimer({ scope: 'article-type', active: false })),
      overrideAccess: true,
    })
    const future = await t.payload.create({
      collection: 'disclaimers',
      data: liveFixture(disclaimer({ scope: 'article-type', effectiveDate: new Date(Date.now() + 86_400_000).toISOString() })),
      overrideAccess: true,
    })
    const ids = await visibleIds()
    expect(ids).toContain(active.id)
    expect(ids).not.toContain(inactive.id)
    expect(ids).not.toContain(future.id)
    expect((await t.rest.get(`/disclaimers/${inactive.id}`)).status).toBe(404)
  })

  it('keep exactly one active site-wide disclaimer: publishing a new one retires the old one', async () => {
    const review = (id: number) =>
      actAll(
        id,
        [
          [editor, 'submit'],
          [cast.as.reviewer, 'approve'],
          [cast.as.publisher, 'publish'],
        ],
        'disclaimers',
      )
    const first = await (await editor.post('/disclaimers', disclaimer())).json()
    await review(first.doc.id)
    const second = await (await editor.post('/disclaimers', disclaimer({ title: 'Updated disclaimer' }))).json()
    // A draft of the new one retires nothing.
    expect((await t.payload.findByID({ collection: 'disclaimers', id: first.doc.id, overrideAccess: true })).active).toBe(true)
    await review(second.doc.id)
    const activeSiteWide = await t.payload.find({
      collection: 'disclaimers',
      where: { scope: { equals: 'site-wide' }, active: { equals: true }, _status: { equals: 'published' } },
      overrideAccess: true,
    })
    expect(activeSiteWide.docs.map((d) => d.id)).toEqual([second.doc.id])
    const retired = await t.payload.findByID({ collection: 'disclaimers', id: first.doc.id, overrideAccess: true })
    expect(retired.active).toBe(false)
  })

  it('refuses a disclaimer without a body, naming the field', async () => {
    const response = await editor.post('/disclaimers', disclaimer({ body: undefined }))
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].data.errors).toContainEqual(expect.objectContaining({ path: 'body' }))
  })
})
