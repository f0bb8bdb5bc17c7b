import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import { fixture, json, startLookupReplay, xml, type ReplayServer } from './lookupReplay'

let server: ReplayServer
let t: TestPayload
let editor: RestClient
let marketing: RestClient

beforeAll(async () => {
  // 300 ms per request: the "never answers" case ends in well under a second.
  server = await startLookupReplay(300)
  t = await startTestPayload()
  const user = await createUser(t.payload, ['editor'])
  editor = await t.rest.login(user.email, user.password)
  const marketer = await createUser(t.payload, ['marketing'])
  marketing = await t.rest.login(marketer.email, marketer.password)
})
afterAll(async () => {
  await t?.stop()
  await server?.close()
})
beforeEach(() => {
  server.requests.length = 0
})

async function lookup(client: RestClient, body: unknown) {
  const response = await client.post('/citations/lookup', body)
  return { status: response.status, body: await response.json() }
}

describe('POST /api/citations/lookup: who and what', () => {
  it('is for staff only: 401 signed out, 403 for marketing, and nothing is asked upstream', async () => {
    expect((await lookup(t.rest, { identifier: '38147649' })).status).toBe(401)
    expect((await lookup(marketing, { identifier: '38147649' })).status).toBe(403)
    expect(server.requests).toHaveLength(0)
  })

  it('answers 400 naming the field for a missing identifier, bad fields or text that is no identifier', async () => {
    const missing = await lookup(editor, {})
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0]).toMatchObject({ field: 'identifier', code: 'required' })
    const badFields = await lookup(editor, { identifier: '38147649', fields: 'title' })
    expect(badFields.status).toBe(400)
    expect(badFields.body.errors[0]).toMatchObject({ field: 'fields' })
    const notAnIdentifier = await lookup(editor, { identifier: 'stem cells' })
    expect(notAnIdentifier.status).toBe(400)
    expect(notAnIdentifier.body.errors[0]).toMatchObject({ field: 'identifier', code: 'invalid-input' })
    expect(server.requests).toHaveLength(0)
  })
})

describe('looking up', () => {
  it('by PMID: fills every field from PubMed, with its correction and the differences from what was typed', async () => {
    server.reply('/efetch.fcgi', xml('efetch-pubmed-38147649-erratum.xml'))
    const { status, body } = await lookup(editor, {
      identifier: 'https://pubmed.ncbi.nlm.nih.gov/38147649/',
      fields: { title: 'A title the editor typed', pmid: '38147649', authors: [{ name: 'Someone X' }] },
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, source: 'pubmed', cached: false, identifier: { kind: 'pmid', value: '38147649' } })
    expect(body.fields).toMatchObject({ pmid: '38147649', doi: '10.1073/pnas.2308706120', pmcid: 'PMC10769841' })
    expect(body.retraction.status).toBe('corrected')
    expect(body.retraction.notices[0]).toMatchObject({ kind: 'erratum' })
    const differing = Object.fromEntries(body.differences.map((d: { field: string; kind: string }) => [d.field, d.kind]))
    expect(differing).toMatchObject({ title: 'differs', authors: 'differs', doi: 'only-looked-up' })
    expect(differing.pmid).toBeUndefined()
    expect(server.requests.map((url) => [url.pathname, url.searchParams.get('id'), url.searchParams.get('email')])).toStrictEqual([
      ['/entrez/eutils/efetch.fcgi', '38147649', 'editors@clinic.example'],
    ])
  })

  it('again, in another spelling: answered from PostgreSQL with no second request upstream', async () => {
    const { status, body } = await lookup(editor, { identifier: 'PMID: 38147649' })
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, cached: true, source: 'pubmed' })
    expect(body.fields.pmid).toBe('38147649')
    expect(server.requests).toHaveLength(0)
  })

  it('by DOI: PubMed has no record, so Crossref fills the fields and reports the retraction', async () => {
    server.reply('/esearch.fcgi', json('esearch-pubmed-no-hits.json'))
    server.reply('/works/10.5555%2F12345678', json('crossref-work-10.5555-12345678-trimmed.json'))
    const { status, body } = await lookup(editor, { identifier: 'https://doi.org/10.5555/12345678' })
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, source: 'crossref', identifier: { kind: 'doi', value: '10.5555/12345678' } })
    expect(body.fields.title).toBe('Toward a Unified Theory of High-Energy Metaphysics: Silly String Theory')
    expect(body.retraction.status).toBe('retracted')
    expect(server.requests.map((url) => url.pathname)).toStrictEqual(['/entrez/eutils/esearch.fcgi', '/works/10.5555%2F12345678'])
  })

  it('by PMCID: the ID converter gives the PMID, then PubMed the record', async () => {
    server.reply('/idconv/api/v1/articles/', json('idconv-pmid-batch-2015.json'))
    server.reply('/efetch.fcgi', xml('efetch-pubmed-23193287-trimmed.xml'))
    const { status, body } = await lookup(editor, { identifier: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3531190/' })
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, source: 'pubmed', identifier: { kind: 'pmcid', value: 'PMC3531190' } })
    expect(body.fields).toMatchObject({
      pmid: '23193287',
      pmcid: 'PMC3531190',
      doi: '10.1093/nar/gks1195',
      title: 'GenBank',
      journal: 'Nucleic Acids Res',
      year: 2013,
    })
    expect(body.retraction.status).toBe('none')
    expect(server.requests.map((url) => url.searchParams.get('ids') ?? url.searchParams.get('id'))).toStrictEqual([
      'PMC3531190',
      '23193287',
    ])
  })
})

describe('when a service fails', () => {
  it("a service turning requests away is a 502 with the editor's message, and is not cached", async () => {
    // Retry-After beyond the lookup's deadline: the client gives up at once rather than wait.
    server.reply('/efetch.fcgi', { status: 429, body: fixture('eutils-rate-limit-exceeded.json'), headers: { 'retry-after': '120' } })
    const first = await lookup(editor, { identifier: '9500320' })
    expect(first.status).toBe(502)
    expect(first.body.errors[0]).toStrictEqual({
      field: null,
      code: 'throttled',
      message: 'PubMed is turning requests away because too many were sent. Try again in a minute. You can fill in the fields by hand.',
    })
    server.reply('/efetch.fcgi', xml('efetch-pubmed-9500320-retracted-trimmed.xml'))
    const second = await lookup(editor, { identifier: '9500320' })
    expect(second.status).toBe(200)
    expect(second.body.retraction.status).toBe('retracted')
    expect(server.requests).toHaveLength(2)
  })

  it('a service that never answers is a 504 within its deadline', async () => {
    server.reply('/efetch.fcgi', 'never')
    const started = Date.now()
    const { status, body } = await lookup(editor, { identifier: '39382274' })
    expect(status).toBe(504)
    expect(body.errors[0]).toMatchObject({
      code: 'timeout',
      message: 'PubMed did not answer within 0.3 s. Try again later. You can fill in the fields by hand.',
    })
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('a service error is a 502, a missing record a 404', async () => {
    server.reply('/efetch.fcgi', { status: 503, body: '' })
    const down = await lookup(editor, { identifier: '39382274' })
    expect(down.status).toBe(502)
    expect(down.body.errors[0].message).toBe(
      'PubMed is not answering right now (HTTP 503). Try again later. You can fill in the fields by hand.',
    )
    server.reply('/esearch.fcgi', json('esearch-pubmed-no-hits.json'))
    server.reply('/works/10.9999%2Fnothing', { status: 404, body: '' })
    const missing = await lookup(editor, { identifier: '10.9999/nothing' })
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0]).toMatchObject({ code: 'not-found' })
  })
})
