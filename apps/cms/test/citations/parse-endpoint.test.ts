import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { citationData } from '../helpers/fixtures'
import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import { PUBMED } from './helpers'

let t: TestPayload
let editor: RestClient

beforeAll(async () => {
  t = await startTestPayload()
  const user = await createUser(t.payload, ['editor'])
  editor = await t.rest.login(user.email, user.password)
})
afterAll(() => t?.stop())

const countCitations = async () => (await t.payload.count({ collection: 'citations', overrideAccess: true })).totalDocs

describe('POST /api/citations/parse', () => {
  it('reads PubMed text into the structured fields, with its warnings, and saves nothing', async () => {
    const before = await countCitations()
    const response = await editor.post('/citations/parse', { text: PUBMED.dominici })
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toEqual({
      ok: true,
      citation: {
        authors: [
          'Dominici M',
          'Le Blanc K',
          'Mueller I',
          'Slaper-Cortenbach I',
          'Marini F',
          'Krause D',
          'Deans R',
          'Keating A',
          'Prockop Dj',
          'Horwitz E',
        ],
        title:
          'Minimal criteria for defining multipotent mesenchymal stromal cells. The International Society for Cellular Therapy position statement',
        journal: 'Cytotherapy',
        year: 2006,
        volume: '8',
        issue: '4',
        pages: '315-7',
        doi: '10.1080/14653240600855905',
        pmid: '16923606',
      },
      warnings: [{ field: 'pmcid', code: 'missing-pmcid', message: 'No PMCID found: the paper may not be free in PubMed Central.' }],
      duplicates: [],
    })
    expect(await countCitations()).toBe(before)
  })

  it('gives a result that saves as it is, and warns about the existing citation when pasted again', async () => {
    const parsed = (await (await editor.post('/citations/parse', { text: PUBMED.recovery })).json()).citation
    expect(parsed).toMatchObject({ doi: '10.1056/nejmoa2021436', epubDate: '2020-07-17' })
    const created = await editor.post('/citations', { ...parsed, authors: parsed.authors.map((name: string) => ({ name })) })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    expect(doc.formatted).toBe(PUBMED.recovery.replace('NEJMoa2021436', 'nejmoa2021436'))

    const again = await (await editor.post('/citations/parse', { text: PUBMED.recovery })).json()
    expect(again.ok).toBe(true)
    const twin = `"RECOVERY Collaborative Group et al., N Engl J Med 2021" (id ${doc.id}). Pick it instead of creating a twin.`
    expect(again.warnings).toEqual([
      { field: 'doi', code: 'already-exists', message: `A citation with this DOI already exists: ${twin}` },
      { field: 'pmid', code: 'already-exists', message: `A citation with this PMID already exists: ${twin}` },
    ])
    expect(again.duplicates).toEqual([
      { field: 'doi', id: doc.id, label: doc.label },
      { field: 'pmid', id: doc.id, label: doc.label },
    ])
  })

  it('explains why text that is not a citation cannot be read', async () => {
    const response = await editor.post('/citations/parse', { text: 'Great paper about stem cells, see the link in my email' })
    expect(response.status).toBe(422)
    const body = await response.json()
    expect(body.ok).toBe(false)
    expect(body.errors.length).toBeGreaterThan(0)
    expect(body.errors[0].message).toMatch(/not read as a PubMed citation/)
  })

  it('names each missing part of a citation with one', async () => {
    const body = await (await editor.post('/citations/parse', { text: 'Xia Y. Front Immunol. 2023;14:1141601.' })).json()
    expect(body.ok).toBe(false)
    expect(body.errors.map((error: { field: string }) => error.field)).toContain('title')
  })

  it.each([
    ['no text', {}],
    ['empty text', { text: '   ' }],
    ['text that is not a string', { text: 42 }],
  ])('refuses %s with 400', async (_case, body) => {
    const response = await editor.post('/citations/parse', body)
    expect(response.status).toBe(400)
    expect((await response.json()).ok).toBe(false)
  })

  it('is for staff only', async () => {
    expect((await t.rest.post('/citations/parse', { text: PUBMED.dominici })).status).toBe(403)
    const marketing = await createUser(t.payload, ['marketing'])
    const asMarketing = await t.rest.login(marketing.email, marketing.password)
    expect((await asMarketing.post('/citations/parse', { text: PUBMED.dominici })).status).toBe(403)
    for (const role of ['admin', 'medical-reviewer', 'publisher'] as const) {
      const user = await createUser(t.payload, [role])
      const client = await t.rest.login(user.email, user.password)
      expect((await client.post('/citations/parse', { text: PUBMED.dominici })).status, role).toBe(200)
    }
  })

  it('does not shadow the citation routes', async () => {
    const { doc } = await (await editor.post('/citations', citationData())).json()
    expect((await editor.get(`/citations/${doc.id}`)).status).toBe(200)
  })
})
