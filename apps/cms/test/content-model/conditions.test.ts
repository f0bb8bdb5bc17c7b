import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { articleData, liveFixture, richText } from '../helpers/fixtures'
import { createPublishedArticle } from '../helpers/publishing'
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

describe('conditions', () => {
  it('are created, read, updated and deleted over REST with a slug made from the name', async () => {
    const create = await editor.post('/conditions', {
      name: 'Parkinson’s Disease',
      category: 'neurological',
      summary: 'A progressive disorder of movement.',
      body: richText('What it is and how research approaches it.'),
    })
    expect(create.status).toBe(201)
    const { doc } = await create.json()
    expect(doc.slug).toBe('parkinsons-disease')

    const patch = await editor.patch(`/conditions/${doc.id}`, { category: 'other' })
    expect((await patch.json()).doc.category).toBe('other')
    // A new condition is a draft until a reviewer approved it and a publisher published it.
    expect((await t.rest.get(`/conditions/${doc.id}`)).status).toBe(404)
    await actAll(
      doc.id,
      [
        [editor, 'submit'],
        [cast.as.reviewer, 'approve'],
        [cast.as.publisher, 'publish'],
      ],
      'conditions',
    )
    const published = await t.rest.get(`/conditions/${doc.id}`)
    expect(published.status).toBe(200)
    // The slug flag is the CMS's bookkeeping: visitors get the slug, not the flag.
    const visible = await published.json()
    expect([visible.slug, 'generateSlug' in visible]).toEqual(['parkinsons-disease', false])
    // Deleting a live condition takes it off the site: a publisher's act.
    expect((await editor.delete(`/conditions/${doc.id}`)).status).not.toBe(200)
    expect((await cast.as.publisher.delete(`/conditions/${doc.id}`)).status).toBe(200)
    expect((await t.rest.get(`/conditions/${doc.id}`)).status).toBe(404)
  })

  it('keep their slug when renamed: nobody can switch Payload’s slug generation back on to move the page', async () => {
    const create = await editor.post('/conditions', {
      name: 'Lou Gehrig’s disease',
      category: 'neurological',
      summary: 'A disease of motor neurons.',
    })
    const { doc } = await create.json()
    expect(doc).toMatchObject({ slug: 'lou-gehrigs-disease', generateSlug: false })

    const renamed = await editor.patch(`/conditions/${doc.id}`, { name: 'Amyotrophic lateral sclerosis', generateSlug: true })
    expect(renamed.status).toBe(200)
    expect((await renamed.json()).doc).toMatchObject({ slug: 'lou-gehrigs-disease', generateSlug: false })

    const typed = await editor.patch(`/conditions/${doc.id}`, { slug: 'ALS – Motor Neurone Disease' })
    expect((await typed.json()).doc.slug).toBe('als-motor-neurone-disease')
  })

  it('refuses an unknown category, naming the field', async () => {
    const response = await editor.post('/conditions', { name: 'Gout', category: 'metabolic' })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].data.errors).toContainEqual(expect.objectContaining({ path: 'category' }))
  })

  it('lists related articles through a join that shows visitors only published ones', async () => {
    const condition = await t.payload.create({
      collection: 'conditions',
      data: liveFixture({ name: 'Lupus', category: 'autoimmune' }),
      overrideAccess: true,
    })
    const published = await createPublishedArticle(t.payload, { conditions: [condition.id] })
    const draft = await t.payload.create({
      collection: 'articles',
      data: { ...articleData(), conditions: [condition.id] },
      draft: true,
      overrideAccess: true,
    })

    const ids = (doc: { relatedArticles: { docs: Array<{ id: number } | number> } }) =>
      doc.relatedArticles.docs.map((a) => (typeof a === 'number' ? a : a.id))

    const anonymous = await (await t.rest.get(`/conditions/${condition.id}`)).json()
    expect(ids(anonymous)).toEqual([published.id])

    const staff = await (await editor.get(`/conditions/${condition.id}`)).json()
    expect(ids(staff).sort()).toEqual([published.id, draft.id].sort())
  })
})
