import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { citationData } from '../helpers/fixtures'
import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let t: TestPayload
let editor: RestClient

beforeAll(async () => {
  t = await startTestPayload()
  const user = await createUser(t.payload, ['editor'])
  editor = await t.rest.login(user.email, user.password)
})
afterAll(() => t?.stop())

const countCitations = async () => (await t.payload.count({ collection: 'citations', overrideAccess: true })).totalDocs

describe('citations', () => {
  it('are created, read, updated and deleted over REST, keeping the authors in order', async () => {
    const create = await editor.post('/citations', citationData())
    expect(create.status).toBe(201)
    const { doc } = await create.json()
    expect(doc.authors.map((a: { name: string }) => a.name)).toEqual(['Zhang P', 'Dong B', 'Yuan P', 'Li X'])
    expect(doc.label).toBe('Zhang P et al., J Orthop Surg Res 2023')

    const patch = await editor.patch(`/citations/${doc.id}`, {
      authors: [{ name: 'GBD 2016 Disease and Injury Incidence and Prevalence Collaborators' }],
    })
    expect((await patch.json()).doc.label).toBe(
      'GBD 2016 Disease and Injury Incidence and Prevalence Collaborators, J Orthop Surg Res 2023',
    )
    // Not reviewed yet: staff read it, visitors do not (it goes live with the article that cites it).
    expect((await editor.get(`/citations/${doc.id}`)).status).toBe(200)
    expect((await t.rest.get(`/citations/${doc.id}`)).status).toBe(404)
    expect((await editor.delete(`/citations/${doc.id}`)).status).toBe(200)
    expect((await editor.get(`/citations/${doc.id}`)).status).toBe(404)
    expect((await t.rest.get(`/citations/${doc.id}`)).status).toBe(404)
  })

  it('works through the local API', async () => {
    const created = await t.payload.create({ collection: 'citations', data: citationData(), overrideAccess: true })
    const found = await t.payload.findByID({ collection: 'citations', id: created.id })
    expect(found.journal).toBe('J Orthop Surg Res')
    await t.payload.delete({ collection: 'citations', id: created.id, overrideAccess: true })
    expect(await countCitations()).toBe(0)
  })

  it.each(['doi', 'pmid'] as const)('refuses a second citation with the same %s, naming the field', async (field) => {
    const first = citationData()
    expect((await editor.post('/citations', first)).status).toBe(201)
    const before = await countCitations()

    const twin = citationData({ [field]: first[field] })
    const response = await editor.post('/citations', twin)
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.errors[0].data.errors).toContainEqual(expect.objectContaining({ path: field }))
    expect(await countCitations()).toBe(before)
  })

  it('allows any number of citations without a DOI or PMID', async () => {
    const without = { doi: undefined, pmid: undefined }
    expect((await editor.post('/citations', citationData(without))).status).toBe(201)
    expect((await editor.post('/citations', citationData(without))).status).toBe(201)
  })

  it('refuses a citation without authors, naming the field', async () => {
    const response = await editor.post('/citations', citationData({ authors: [] }))
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.errors[0].data.errors).toContainEqual(expect.objectContaining({ path: 'authors' }))
  })

  it('cannot be written anonymously', async () => {
    expect((await t.rest.post('/citations', citationData())).status).toBe(403)
  })
})
