import { ValidationError } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Citation } from '@clinic/shared-types'

import { citationData } from '../helpers/fixtures'
import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import { fieldErrors } from './helpers'

let t: TestPayload
let editor: RestClient
/** The citation every twin below collides with. */
let xia: Citation

beforeAll(async () => {
  t = await startTestPayload()
  const user = await createUser(t.payload, ['editor'])
  editor = await t.rest.login(user.email, user.password)
})
afterAll(() => t?.stop())

beforeEach(async () => {
  await t.payload.delete({ collection: 'citations', where: { id: { exists: true } }, overrideAccess: true })
  xia = await t.payload.create({
    collection: 'citations',
    data: citationData({
      authors: [{ name: 'Xia Y' }, { name: 'Zhu J' }, { name: 'Li Z' }],
      journal: 'Front Immunol',
      year: 2023,
      doi: '10.3389/fimmu.2023.1141601',
      pmid: '36911700',
    }),
    overrideAccess: true,
  })
})

const countCitations = async () => (await t.payload.count({ collection: 'citations', overrideAccess: true })).totalDocs
const twinMessage = (identifier: 'DOI' | 'PMID') =>
  `A citation with this ${identifier} already exists: "Xia Y et al., Front Immunol 2023" (id ${xia.id}). Pick it instead of creating a twin.`

describe('a second citation of the same paper', () => {
  it.each([
    ['the same DOI', { doi: '10.3389/fimmu.2023.1141601' }],
    ['the DOI in capitals', { doi: '10.3389/FIMMU.2023.1141601' }],
    ['the DOI as a URL', { doi: 'https://doi.org/10.3389/FIMMU.2023.1141601' }],
    ['the DOI with a "doi:" label', { doi: 'doi: 10.3389/fimmu.2023.1141601.' }],
  ])('is refused when it has %s, naming the existing citation', async (_case, overrides) => {
    const before = await countCitations()
    const errors = await fieldErrors(await editor.post('/citations', citationData(overrides)))
    expect(errors).toEqual([{ path: 'doi', message: twinMessage('DOI') }])
    expect(await countCitations()).toBe(before)
  })

  it.each([
    ['the same PMID', { pmid: '36911700' }],
    ['the PMID with a label', { pmid: 'PMID: 36911700' }],
    ['the PMID as a PubMed URL', { pmid: 'https://pubmed.ncbi.nlm.nih.gov/36911700/' }],
  ])('is refused when it has %s, naming the existing citation', async (_case, overrides) => {
    const before = await countCitations()
    const errors = await fieldErrors(await editor.post('/citations', citationData(overrides)))
    expect(errors).toEqual([{ path: 'pmid', message: twinMessage('PMID') }])
    expect(await countCitations()).toBe(before)
  })

  it('is refused on both fields when both identifiers match, along with any other invalid field', async () => {
    const errors = await fieldErrors(await editor.post('/citations', citationData({ doi: xia.doi, pmid: xia.pmid, month: 13 })))
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'month', message: expect.any(String) },
        { path: 'doi', message: twinMessage('DOI') },
        { path: 'pmid', message: twinMessage('PMID') },
      ]),
    )
    expect(errors).toHaveLength(3)
  })

  it('is refused through the local API as well', async () => {
    const attempt = t.payload.create({ collection: 'citations', data: citationData({ pmid: xia.pmid }), overrideAccess: true })
    await expect(attempt).rejects.toBeInstanceOf(ValidationError)
    await expect(attempt).rejects.toMatchObject({ data: { errors: [{ path: 'pmid', message: twinMessage('PMID') }] } })
  })
})

describe('updating into a twin', () => {
  it('is refused, naming the existing citation, and the updated citation keeps its identifiers', async () => {
    const other = await t.payload.create({ collection: 'citations', data: citationData(), overrideAccess: true })

    expect(await fieldErrors(await editor.patch(`/citations/${other.id}`, { doi: 'https://doi.org/10.3389/FIMMU.2023.1141601' }))).toEqual([
      { path: 'doi', message: twinMessage('DOI') },
    ])
    expect(await fieldErrors(await editor.patch(`/citations/${other.id}`, { pmid: 'PMID:36911700' }))).toEqual([
      { path: 'pmid', message: twinMessage('PMID') },
    ])
    const stored = await t.payload.findByID({ collection: 'citations', id: other.id, overrideAccess: true })
    expect(stored).toMatchObject({ doi: other.doi, pmid: other.pmid })
  })

  it('is not what saving a citation with its own identifiers is', async () => {
    const response = await editor.patch(`/citations/${xia.id}`, { doi: 'https://doi.org/10.3389/FIMMU.2023.1141601', volume: '14' })
    expect(response.status).toBe(200)
    expect((await response.json()).doc).toMatchObject({ doi: '10.3389/fimmu.2023.1141601', volume: '14' })
  })

  it('cannot happen through a bulk update either', async () => {
    const a = await t.payload.create({ collection: 'citations', data: citationData(), overrideAccess: true })
    const b = await t.payload.create({ collection: 'citations', data: citationData(), overrideAccess: true })

    const response = await editor.patch(`/citations?where[id][in]=${a.id},${b.id}`, { doi: 'DOI: 10.3389/FIMMU.2023.1141601' })
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.errors).toHaveLength(2)
    for (const error of body.errors) expect(error.message).toBe('The following field is invalid: DOI')
    for (const doc of [a, b]) {
      expect((await t.payload.findByID({ collection: 'citations', id: doc.id, overrideAccess: true })).doi).toBe(doc.doi)
    }
  })

  it("cannot happen through the admin's Duplicate action, which is turned off for citations", async () => {
    const before = await countCitations()
    const response = await editor.post(`/citations/${xia.id}/duplicate`, {})
    expect(response.ok).toBe(false)
    expect(await countCitations()).toBe(before)
  })
})

describe('finding the existing citation', () => {
  const search = async (query: string) =>
    ((await (await editor.get(`/citations?depth=0&${query}`)).json()).docs as Citation[]).map((doc) => doc.id)

  it('matches an identifier however it is pasted into a search', async () => {
    await t.payload.create({ collection: 'citations', data: citationData(), overrideAccess: true })
    for (const query of [
      'where[doi][like]=https://doi.org/10.3389/FIMMU.2023.1141601',
      'where[doi][equals]=10.3389/FIMMU.2023.1141601',
      'where[pmid][like]=PMID: 36911700',
      `where[pmid][equals]=${encodeURIComponent('https://pubmed.ncbi.nlm.nih.gov/36911700/')}`,
    ]) {
      expect(await search(query), query).toEqual([xia.id])
    }
  })

  it('finds it by DOI, PMID, title or label through the list search the article picker uses', async () => {
    await t.payload.create({ collection: 'citations', data: citationData({ title: 'Something else entirely' }), overrideAccess: true })
    const listSearch = (term: string) =>
      ['label', 'title', 'journal', 'doi', 'pmid', 'pmcid']
        .map((field, index) => `where[or][${index}][${field}][like]=${encodeURIComponent(term)}`)
        .join('&')
    for (const term of ['https://doi.org/10.3389/fimmu.2023.1141601', 'PMID: 36911700', 'Xia Y et al', 'knee joint chondrogenesis']) {
      expect(await search(listSearch(term)), term).toEqual([xia.id])
    }
  })
})
