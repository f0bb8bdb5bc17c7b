import { sql } from '@payloadcms/db-postgres'
import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { citationData } from '../helpers/fixtures'
import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import { fieldErrors } from './helpers'

let t: TestPayload
let editor: RestClient

beforeAll(async () => {
  t = await startTestPayload()
  const user = await createUser(t.payload, ['editor'])
  editor = await t.rest.login(user.email, user.password)
})
afterAll(() => t?.stop())

const countCitations = async () => (await t.payload.count({ collection: 'citations', overrideAccess: true })).totalDocs
// The working copy (a bulk update of citations saves drafts, like every reviewed kind).
const stored = (id: number) => t.payload.findByID({ collection: 'citations', id, overrideAccess: true, depth: 0, draft: true })

describe('saving a citation: identifiers are stored normalised', () => {
  it('stores a DOI pasted as a URL in capitals, a labelled PMID and a spaced PMCID in their one spelling', async () => {
    const response = await editor.post(
      '/citations',
      citationData({ doi: 'https://doi.org/10.3389/FIMMU.2023.1141601', pmid: 'PMID: 36911700', pmcid: 'pmc 9999104' }),
    )
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    expect(doc).toMatchObject({ doi: '10.3389/fimmu.2023.1141601', pmid: '36911700', pmcid: 'PMC9999104' })
    expect(await stored(doc.id)).toMatchObject({ doi: '10.3389/fimmu.2023.1141601', pmid: '36911700', pmcid: 'PMC9999104' })
  })

  it('tidies the rest as the library does: trailing full stops and stray spaces go, the label follows', async () => {
    const response = await editor.post(
      '/citations',
      citationData({ authors: [{ name: ' Xia  Y. ' }], title: 'A title.', journal: 'Front Immunol.', year: '2023' }),
    )
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    expect(doc).toMatchObject({ title: 'A title', journal: 'Front Immunol', year: 2023, label: 'Xia Y, Front Immunol 2023' })
    expect(doc.authors.map((a: { name: string }) => a.name)).toEqual(['Xia Y'])
  })

  it('turns empty optional fields into null, so any number of citations can lack a DOI or PMID', async () => {
    const empty = { doi: '', pmid: '  ', pmcid: '', volume: '', month: null, day: '' }
    const first = await editor.post('/citations', citationData(empty))
    const second = await editor.post('/citations', citationData(empty))
    expect([first.status, second.status]).toEqual([201, 201])
    const { doc } = await second.json()
    expect(await stored(doc.id)).toMatchObject({ doi: null, pmid: null, pmcid: null, volume: null, month: null, day: null })
  })
})

describe('saving a citation: every invalid field is named and nothing is stored', () => {
  it.each([
    ['a DOI that is not one', { doi: 'not-a-doi' }, 'doi', /"not-a-doi" is not a DOI/],
    ['a PMID of letters', { pmid: 'abc' }, 'pmid', /"abc" is not a PMID/],
    ['a PMCID without "PMC"', { pmcid: '12345' }, 'pmcid', /PMCID starts with PMC/],
    ['month 13', { month: 13 }, 'month', /Month must be a number from 1 \(January\) to 12/],
    ['no authors', { authors: [] }, 'authors', /Authors are missing/],
    ['an empty author', { authors: [{ name: 'Xia Y' }, { name: ' ' }] }, 'authors', /Author 2 is empty/],
    ['no title', { title: undefined }, 'title', /Title is missing/],
    ['an empty journal', { journal: '' }, 'journal', /Journal is missing/],
    ['no year', { year: undefined }, 'year', /Year is missing/],
    ['a year in the future', { year: 2999 }, 'year', /Year 2999 is not possible/],
    ['a day February does not have', { year: 2023, month: 2, day: 30 }, 'day', /February 2023 has 28 days/],
    ['an impossible Epub date', { epubDate: '2023-02-30' }, 'epubDate', /Epub date/],
  ])('refuses %s', async (_case, overrides, path, message) => {
    const before = await countCitations()
    const errors = await fieldErrors(await editor.post('/citations', citationData(overrides)))
    expect(errors).toEqual([{ path, message: expect.stringMatching(message) }])
    expect(await countCitations()).toBe(before)
  })

  it('names every invalid field of one save at once', async () => {
    const errors = await fieldErrors(
      await editor.post(
        '/citations',
        citationData({ doi: 'nope', pmid: 'abc', pmcid: '1', month: 13, authors: [], title: '', journal: undefined, year: undefined }),
      ),
    )
    expect(errors.map((error) => error.path).sort()).toEqual(
      ['authors', 'doi', 'journal', 'month', 'pmcid', 'pmid', 'title', 'year'].sort(),
    )
  })

  it('checks an update against the stored citation with the change applied, and keeps the stored one when refused', async () => {
    const { doc } = await (await editor.post('/citations', citationData())).json()

    const refused = await fieldErrors(await editor.patch(`/citations/${doc.id}`, { title: 'New title', pmid: 'abc' }))
    expect(refused).toEqual([{ path: 'pmid', message: expect.stringMatching(/not a PMID/) }])
    expect(await stored(doc.id)).toMatchObject({ title: doc.title, pmid: doc.pmid })

    // A partial update is valid because the stored authors, title, journal and year still count.
    const partial = await editor.patch(`/citations/${doc.id}`, { volume: '19', doi: 'DOI: 10.1186/S13018-023-04000-X.' })
    expect(partial.status).toBe(200)
    expect(await stored(doc.id)).toMatchObject({ title: doc.title, volume: '19', doi: '10.1186/s13018-023-04000-x' })

    // Removing a required value through an update is refused like leaving it out of a create.
    expect(await fieldErrors(await editor.patch(`/citations/${doc.id}`, { journal: null }))).toEqual([
      { path: 'journal', message: 'Journal is missing.' },
    ])
  })

  it("gives each error the field's label, which the admin's error message shows", async () => {
    const response = await editor.post('/citations', citationData({ pmid: 'abc', epubDate: 'soon' }))
    const body = await response.json()
    expect(body.errors[0].message).toBe('The following fields are invalid: PMID, Epub date')
    expect(body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'pmid', label: 'PMID' }),
      expect.objectContaining({ path: 'epubDate', label: 'Epub date' }),
    ])
  })

  it('applies to the local API too, with overrideAccess', async () => {
    const before = await countCitations()
    const attempt = t.payload.create({ collection: 'citations', data: citationData({ pmid: 'abc' }), overrideAccess: true })
    await expect(attempt).rejects.toBeInstanceOf(ValidationError)
    await expect(attempt).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'pmid' })] } })
    expect(await countCitations()).toBe(before)
  })

  it('cannot be bypassed by a bulk update: each document is checked and none is changed', async () => {
    const a = (await (await editor.post('/citations', citationData())).json()).doc
    const b = (await (await editor.post('/citations', citationData())).json()).doc

    const response = await editor.patch(`/citations?where[id][in]=${a.id},${b.id}`, { month: 13, pmid: 'abc' })
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.docs).toEqual([])
    expect(body.errors.map((error: { id: number }) => error.id).sort()).toEqual([a.id, b.id].sort())
    for (const doc of [a, b]) expect(await stored(doc.id)).toMatchObject({ month: doc.month, pmid: doc.pmid })

    // A valid bulk update goes through, normalised.
    const ok = await editor.patch(`/citations?where[id][in]=${a.id},${b.id}`, { pmcid: 'pmcid: pmc 42' })
    expect(ok.status).toBe(200)
    for (const doc of [a, b]) expect((await stored(doc.id)).pmcid).toBe('PMC42')
  })
})

describe('the formatted NLM citation', () => {
  it('is computed on read from the stored fields', async () => {
    const { doc } = await (
      await editor.post('/citations', {
        authors: ['RECOVERY Collaborative Group', 'Horby P', 'Lim WS', 'Emberson JR'].map((name) => ({ name })),
        title: 'Dexamethasone in Hospitalized Patients with Covid-19',
        journal: 'N Engl J Med',
        year: 2021,
        month: 2,
        day: 25,
        volume: '384',
        issue: '8',
        pages: '693-704',
        doi: '10.1056/NEJMoa2021436',
        pmid: '32678530',
        pmcid: 'PMC7383595',
        epubDate: '2020-07-17',
        formatted: 'anything a client sends here is ignored',
      })
    ).json()
    const expected =
      'RECOVERY Collaborative Group; Horby P, Lim WS, Emberson JR. Dexamethasone in Hospitalized Patients with Covid-19. N Engl J Med. 2021 Feb 25;384(8):693-704. doi: 10.1056/nejmoa2021436. Epub 2020 Jul 17. PMID: 32678530; PMCID: PMC7383595.'
    expect(doc.formatted).toBe(expected)
    expect((await (await editor.get(`/citations/${doc.id}`)).json()).formatted).toBe(expected)

    await editor.patch(`/citations/${doc.id}`, { pages: '693-705' })
    expect((await (await editor.get(`/citations/${doc.id}`)).json()).formatted).toContain(';384(8):693-705.')
  })

  it('has no database column', async () => {
    const result = await t.payload.db.drizzle.execute(
      sql`select column_name from information_schema.columns where table_name = 'citations'`,
    )
    const columns = result.rows.map((row) => row.column_name)
    expect(columns).toContain('epub_date')
    expect(columns).not.toContain('formatted')
    expect(columns).not.toContain('paste_citation')
  })
})
