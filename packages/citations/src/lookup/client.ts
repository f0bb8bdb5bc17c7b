import { CROSSREF_REQUESTS_PER_SECOND, NCBI_REQUESTS_PER_SECOND, type LookupConfig } from './config'
import { mapCrossrefWork } from './crossref'
import { LookupError, lookupErrors, type LookupService } from './errors'
import { defaultHttpDependencies, getFromService, type HttpDependencies } from './http'
import { recognizeIdentifier, type IdentifierKind } from './identify'
import {
  mapPubmedArticle,
  parseEsearchIds,
  parsePubmedArticleSet,
  pmidFromIdConverter,
  ResponseFormatError,
  type LookedUpFields,
} from './pubmed'
import { TokenBucket } from './rateLimit'
import type { RetractionInfo } from './retraction'

export type LookupSource = 'pubmed' | 'crossref'

export type LookupResult =
  | {
      ok: true
      /** What was recognised in the pasted text. */
      identifier: { kind: IdentifierKind; value: string }
      /** The source of record the fields come from. */
      source: LookupSource
      fields: LookedUpFields
      retraction: RetractionInfo
      /** DOIs of papers the looked-up work is itself a retraction/correction notice for (Crossref only). */
      noticeFor: string[]
    }
  | { ok: false; error: LookupError }

export interface CitationLookup {
  /** Never throws: every failure is a LookupError with a message for the editor. */
  lookup(pasted: string): Promise<LookupResult>
}

/** Joins a configured base URL (with or without a trailing slash) and a path. */
export function serviceUrl(base: string, path: string, params: Record<string, string | undefined>): URL {
  const url = new URL(path, base.endsWith('/') ? base : `${base}/`)
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value)
  return url
}

/**
 * A lookup client for one process: its rate limiters are shared by every lookup made through it,
 * so the CMS should create one and keep it. NCBI's limit covers E-utilities and the ID converter
 * together, so they share a bucket.
 */
export function createCitationLookup(config: LookupConfig, deps: HttpDependencies = defaultHttpDependencies): CitationLookup {
  const ncbiBucket = new TokenBucket(config.apiKey ? NCBI_REQUESTS_PER_SECOND.withKey : NCBI_REQUESTS_PER_SECOND.withoutKey, deps.clock)
  const crossrefBucket = new TokenBucket(CROSSREF_REQUESTS_PER_SECOND, deps.clock)
  const ncbiParams = { tool: config.tool, email: config.email, api_key: config.apiKey }

  function get(service: LookupService, url: URL, deadline: number) {
    return getFromService(service, url, {
      bucket: service === 'crossref' ? crossrefBucket : ncbiBucket,
      config,
      deps,
      deadline,
      // Crossref routes callers who say who they are to its "polite" pool.
      headers: service === 'crossref' ? { 'user-agent': `${config.tool} (mailto:${config.email})` } : undefined,
    })
  }

  /** Runs a parser on a service's answer, turning a malformed answer into an editor-readable error. */
  function read<T>(service: LookupService, parse: () => T): T {
    try {
      return parse()
    } catch (error) {
      if (error instanceof ResponseFormatError) throw lookupErrors.invalidResponse(service, error.message)
      throw error
    }
  }

  async function fromPubmed(pmid: string, deadline: number) {
    const answer = await get(
      'pubmed',
      serviceUrl(config.eutilsUrl, 'efetch.fcgi', { db: 'pubmed', id: pmid, retmode: 'xml', ...ncbiParams }),
      deadline,
    )
    if (answer.status === 404) throw lookupErrors.notFound('pubmed', `PMID ${pmid}`)
    const articles = read('pubmed', () => parsePubmedArticleSet(answer.text))
    if (articles.length === 0) throw lookupErrors.notFound('pubmed', `PMID ${pmid}`)
    const record = read('pubmed', () => mapPubmedArticle(articles[0]))
    // PubMed answers a merged or deleted PMID with another record; that is not the paper asked for.
    if (record.fields.pmid !== pmid)
      throw lookupErrors.invalidResponse('pubmed', `asked for PMID ${pmid}, got ${record.fields.pmid ?? 'none'}`)
    return record
  }

  async function pmidForPmcid(pmcid: string, deadline: number): Promise<string> {
    const answer = await get(
      'idconv',
      serviceUrl(config.idconvUrl, '', { ids: pmcid, format: 'json', tool: config.tool, email: config.email }),
      deadline,
    )
    if (answer.status === 404) throw lookupErrors.notFound('idconv', `PMCID ${pmcid}`)
    const pmid = read('idconv', () => pmidFromIdConverter(answer.text, pmcid))
    if (pmid === undefined) throw lookupErrors.notFound('idconv', `PMCID ${pmcid} (or it has no PMID)`)
    return pmid
  }

  /** The PMID of the one PubMed record with this DOI, or undefined when PubMed has none or several. */
  async function pmidForDoi(doi: string, deadline: number): Promise<string | undefined> {
    const answer = await get(
      'pubmed',
      serviceUrl(config.eutilsUrl, 'esearch.fcgi', { db: 'pubmed', term: `${doi}[doi]`, retmode: 'json', ...ncbiParams }),
      deadline,
    )
    if (answer.status === 404) return undefined
    const ids = read('pubmed', () => parseEsearchIds(answer.text))
    // Several records for one DOI (a paper and its erratum indexed alike) cannot be told apart here.
    return ids.length === 1 ? ids[0] : undefined
  }

  async function fromCrossref(doi: string, deadline: number) {
    const answer = await get(
      'crossref',
      serviceUrl(config.crossrefUrl, `works/${encodeURIComponent(doi)}`, { mailto: config.email }),
      deadline,
    )
    if (answer.status === 404) throw lookupErrors.notFound('crossref', `DOI ${doi}`)
    return read('crossref', () => mapCrossrefWork(answer.text))
  }

  return {
    async lookup(pasted) {
      const identifier = recognizeIdentifier(pasted)
      if (!identifier.ok) return { ok: false, error: lookupErrors.invalidInput(identifier.message) }
      const deadline = deps.clock.now() + config.overallTimeoutMs
      const found = { identifier: { kind: identifier.kind, value: identifier.value } }
      try {
        if (identifier.kind === 'pmid') {
          return { ok: true, ...found, source: 'pubmed', ...(await fromPubmed(identifier.value, deadline)), noticeFor: [] }
        }
        if (identifier.kind === 'pmcid') {
          const pmid = await pmidForPmcid(identifier.value, deadline)
          return { ok: true, ...found, source: 'pubmed', ...(await fromPubmed(pmid, deadline)), noticeFor: [] }
        }
        const pmid = await pmidForDoi(identifier.value, deadline)
        if (pmid !== undefined) return { ok: true, ...found, source: 'pubmed', ...(await fromPubmed(pmid, deadline)), noticeFor: [] }
        return { ok: true, ...found, source: 'crossref', ...(await fromCrossref(identifier.value, deadline)) }
      } catch (error) {
        if (error instanceof LookupError) return { ok: false, error }
        throw error
      }
    },
  }
}
