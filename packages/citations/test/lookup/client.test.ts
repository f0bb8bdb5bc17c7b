import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCitationLookup, DEFAULT_LOOKUP_CONFIG, type LookupConfig, type LookupResult } from '../../src/lookup/index'
import { fakeClock } from './fakeClock'
import { fixture, startReplayServer, type ReplayServer } from './replayServer'

let server: ReplayServer
beforeEach(async () => {
  server = await startReplayServer()
})
afterEach(async () => {
  await server.close()
})

function lookupAgainst(overrides: Partial<LookupConfig> = {}) {
  const clock = fakeClock()
  const config: LookupConfig = {
    ...DEFAULT_LOOKUP_CONFIG,
    eutilsUrl: `${server.url}/entrez/eutils`,
    idconvUrl: `${server.url}/tools/idconv/api/v1/articles/`,
    crossrefUrl: server.url,
    tool: 'clinic-test',
    email: 'editors@clinic.example',
    ...overrides,
  }
  return { clock, lookup: createCitationLookup(config, { fetch: (input, init) => fetch(input, init), clock, wallNow: () => 0 }) }
}

const xml = (name: string) => ({ status: 200, body: fixture(name), contentType: 'text/xml' })
const json = (name: string) => ({ status: 200, body: fixture(name) })

function errorOf(result: LookupResult) {
  if (result.ok) throw new Error('expected a failed lookup')
  return result.error
}

describe('looking up a PMID', () => {
  it('fetches efetch XML with tool, email and api_key, and fills every field', async () => {
    server.reply('/efetch.fcgi', xml('efetch-pubmed-38147649-erratum.xml'))
    const { lookup } = lookupAgainst({ apiKey: 'k123' })
    const result = await lookup.lookup('https://pubmed.ncbi.nlm.nih.gov/38147649/')
    expect(result.ok && result.source).toBe('pubmed')
    expect(result.ok && result.fields).toMatchObject({ pmid: '38147649', doi: '10.1073/pnas.2308706120', pmcid: 'PMC10769841' })
    expect(result.ok && result.retraction.status).toBe('corrected')
    const [request] = server.requests
    expect(request!.pathname).toBe('/entrez/eutils/efetch.fcgi')
    expect(Object.fromEntries(request!.searchParams)).toStrictEqual({
      db: 'pubmed',
      id: '38147649',
      retmode: 'xml',
      tool: 'clinic-test',
      email: 'editors@clinic.example',
      api_key: 'k123',
    })
  })

  it('says "not found" when PubMed returns an empty set', async () => {
    server.reply('/efetch.fcgi', {
      status: 200,
      body: '<?xml version="1.0" ?>\n<PubmedArticleSet></PubmedArticleSet>',
      contentType: 'text/xml',
    })
    const error = errorOf(await lookupAgainst().lookup.lookup('PMID: 99999999'))
    expect(error.code).toBe('not-found')
    expect(error.message).toBe('PubMed has no record for PMID 99999999. Check it, or you can fill in the fields by hand.')
  })

  it('refuses a record for another PMID than the one asked for', async () => {
    server.reply('/efetch.fcgi', xml('efetch-pubmed-38147649-erratum.xml'))
    const error = errorOf(await lookupAgainst().lookup.lookup('12345'))
    expect(error.code).toBe('invalid-response')
    expect(error.message).toMatch(/asked for PMID 12345, got 38147649/)
  })

  it('reports a server error as "unavailable", without blocking', async () => {
    server.reply('/efetch.fcgi', { status: 503, body: '' })
    const error = errorOf(await lookupAgainst().lookup.lookup('38147649'))
    expect(error).toMatchObject({ code: 'unavailable', service: 'pubmed' })
    expect(error.message).toBe('PubMed is not answering right now (HTTP 503). Try again later. You can fill in the fields by hand.')
  })
})

describe('looking up a PMCID', () => {
  it('asks the ID converter for the PMID, then efetch for that PMID', async () => {
    server.reply('/idconv/api/v1/articles/', json('idconv-pmid-batch-2015.json'))
    server.reply('/efetch.fcgi', {
      status: 200,
      body: '<?xml version="1.0" ?>\n<PubmedArticleSet></PubmedArticleSet>',
      contentType: 'text/xml',
    })
    const error = errorOf(await lookupAgainst().lookup.lookup('https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3531190/'))
    // The converter's answer was read: efetch was asked for PMC3531190's PMID.
    expect(Object.fromEntries(server.requests[0]!.searchParams)).toStrictEqual({
      ids: 'PMC3531190',
      format: 'json',
      tool: 'clinic-test',
      email: 'editors@clinic.example',
    })
    expect(server.requests[1]!.searchParams.get('id')).toBe('23193287')
    expect(error.code).toBe('not-found')
  })

  it('says "not found" for a PMCID the converter does not know', async () => {
    server.reply('/idconv/api/v1/articles/', json('idconv-pmid-batch-2015.json'))
    const error = errorOf(await lookupAgainst().lookup.lookup('PMC1'))
    expect(error).toMatchObject({ code: 'not-found', service: 'idconv' })
    expect(server.requests).toHaveLength(1)
  })
})

describe('looking up a DOI', () => {
  it('asks PubMed first (<doi>[doi]) and, when PubMed has no record, Crossref', async () => {
    server.reply('/esearch.fcgi', json('esearch-pubmed-no-hits.json'))
    server.reply('/works/10.5555%2F12345678', json('crossref-work-10.5555-12345678-trimmed.json'))
    const result = await lookupAgainst().lookup.lookup('https://doi.org/10.5555/12345678')
    expect(server.requests[0]!.searchParams.get('term')).toBe('10.5555/12345678[doi]')
    expect(server.requests[1]!.searchParams.get('mailto')).toBe('editors@clinic.example')
    expect(result.ok && result.source).toBe('crossref')
    expect(result.ok && result.fields.title).toBe('Toward a Unified Theory of High-Energy Metaphysics: Silly String Theory')
    expect(result.ok && result.retraction.status).toBe('retracted')
  })

  it('goes to Crossref when PubMed finds several records, as they cannot be told apart', async () => {
    server.reply('/esearch.fcgi', json('esearch-pubmed-nine-hits.json'))
    server.reply('/works/10.5555%2F12345678', json('crossref-work-10.5555-12345678-trimmed.json'))
    const result = await lookupAgainst().lookup.lookup('10.5555/12345678')
    expect(result.ok && result.source).toBe('crossref')
    expect(server.requests.map((url) => url.pathname)).toStrictEqual(['/entrez/eutils/esearch.fcgi', '/works/10.5555%2F12345678'])
  })

  it('reads an E-utilities ERROR sent with HTTP 200 as an invalid response', async () => {
    server.reply('/esearch.fcgi', json('esearch-pubmed-error-empty-term.json'))
    const error = errorOf(await lookupAgainst().lookup.lookup('10.5555/12345678'))
    expect(error.code).toBe('invalid-response')
    expect(error.message).toMatch(/Empty term and query_key/)
  })

  it('says "not found" when Crossref answers 404', async () => {
    server.reply('/esearch.fcgi', json('esearch-pubmed-no-hits.json'))
    server.reply('/works/10.9999%2Fnothing', { status: 404, body: '' })
    expect(errorOf(await lookupAgainst().lookup.lookup('10.9999/nothing'))).toMatchObject({ code: 'not-found', service: 'crossref' })
  })
})

describe('throttling, deadlines and rate limits', () => {
  const rateLimited = (retryAfter?: string) => ({
    status: 429,
    body: fixture('eutils-rate-limit-exceeded.json'),
    headers: retryAfter === undefined ? ({} as Record<string, string>) : { 'retry-after': retryAfter },
  })

  it('backs off by itself when a 429 has no Retry-After', async () => {
    server.reply('/efetch.fcgi', rateLimited(), xml('efetch-pubmed-38147649-erratum.xml'))
    const { lookup, clock } = lookupAgainst()
    expect((await lookup.lookup('38147649')).ok).toBe(true)
    expect(clock.waits).toStrictEqual([1000])
  })

  it('waits out Retry-After on a 429 and retries', async () => {
    server.reply('/efetch.fcgi', rateLimited('2'), xml('efetch-pubmed-38147649-erratum.xml'))
    const { lookup, clock } = lookupAgainst()
    const result = await lookup.lookup('38147649')
    expect(result.ok).toBe(true)
    expect(clock.waits).toStrictEqual([2000])
    expect(server.requests).toHaveLength(2)
  })

  it('gives up as "throttled" after maxRetries 429s', async () => {
    server.reply('/efetch.fcgi', rateLimited('1'))
    const { lookup, clock } = lookupAgainst({ maxRetries: 2 })
    const error = errorOf(await lookup.lookup('38147649'))
    expect(error.code).toBe('throttled')
    expect(error.message).toBe(
      'PubMed is turning requests away because too many were sent. Try again in a minute. You can fill in the fields by hand.',
    )
    expect(server.requests).toHaveLength(3)
    expect(clock.waits).toStrictEqual([1000, 1000])
  })

  it("does not wait past the lookup's overall deadline", async () => {
    server.reply('/efetch.fcgi', rateLimited('120'))
    const { lookup, clock } = lookupAgainst({ overallTimeoutMs: 20000 })
    expect(errorOf(await lookup.lookup('38147649')).code).toBe('throttled')
    expect(clock.waits).toStrictEqual([])
    expect(server.requests).toHaveLength(1)
  })

  it('times out a request that never gets an answer', async () => {
    server.reply('/efetch.fcgi', 'never')
    const { lookup } = lookupAgainst({ timeoutMs: 200 })
    const error = errorOf(await lookup.lookup('38147649'))
    expect(error.code).toBe('timeout')
    expect(error.message).toBe('PubMed did not answer within 0.2 s. Try again later. You can fill in the fields by hand.')
  })

  it('keeps NCBI requests within 3 per second without a key, 10 with one', async () => {
    server.reply('/efetch.fcgi', xml('efetch-pubmed-38147649-erratum.xml'))
    for (const [apiKey, perSecond] of [
      [undefined, 3],
      ['k', 10],
    ] as const) {
      const { lookup, clock } = lookupAgainst(apiKey ? { apiKey } : {})
      for (let i = 0; i < perSecond + 1; i += 1) await lookup.lookup('38147649')
      expect(clock.waits.map(Math.round)).toStrictEqual(Array(perSecond).fill(Math.round(1000 / perSecond)))
    }
  })

  it('refuses text that is no identifier before sending anything', async () => {
    const error = errorOf(await lookupAgainst().lookup.lookup('stem cells'))
    expect(error.code).toBe('invalid-input')
    expect(server.requests).toHaveLength(0)
  })
})
