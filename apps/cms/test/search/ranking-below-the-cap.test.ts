/**
 * Below the cap (LIBRARY_SEARCH_LIMITS.countedMatches) the capped search answers exactly as the search
 * did before matches were capped: the same ids in the same order on every page, the same totalDocs and
 * exactDocs, and `totalDocsIsLowerBound: false`. Compared with the ranking as it was
 * (rankingBeforeTheCap.ts) for a table of queries as patients and editors type them over the patient
 * library, and for generated queries over generated articles (a fixed seed, so a failure reproduces).
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LIBRARY_SEARCH_LIMITS } from '@clinic/library-search'

import { matchPlanOf } from '../../src/collections/Articles/endpoints/search'
import { rankPublishedArticles } from '../../src/collections/Articles/search/rankPublishedArticles'
import type { ArticleSearch } from '../../src/collections/Articles/search/searchParams'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { seedPatientLibrary } from './patientLibrary'
import { rankBeforeTheCap } from './rankingBeforeTheCap'
import { publishArticle } from './searchFixtures'

let t: TestPayload
const db = () => t.payload.db as unknown as PostgresAdapter

/** mulberry32: a small seeded generator, so the generated library and queries are the same every run. */
function seeded(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let x = state
    x = Math.imul(x ^ (x >>> 15), x | 1)
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61)
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  return { next, pick }
}

const SEED = 20261204
const WORDS = ['marrow', 'cartilage', 'tendon', 'graft', 'plasma', 'stroma', 'neuron', 'fibrosis', 'sclerosis', 'trial', 'placebo', 'knee']
const random = seeded(SEED)
const sentence = (length: number) => Array.from({ length }, () => random.pick(WORDS)).join(' ')

/** Forty articles with words drawn from a dozen, so queries match from none to most; dates repeat, so ties are broken by id. */
const GENERATED = Array.from({ length: 40 }, (_, n) => ({
  title: `${sentence(3)} ${n}`,
  excerpt: sentence(6),
  body: sentence(20),
  publishedAt: new Date(Date.UTC(2025, 0, 1 + Math.floor(random.next() * 10))).toISOString(),
}))

const misspelt = (word: string) => word.slice(0, 2) + word.slice(3)
const GENERATED_QUERIES = Array.from({ length: 30 }, (_, n) => {
  const [a, b] = [random.pick(WORDS), random.pick(WORDS)]
  return [a, `${a} ${b}`, `${a} or ${b}`, `${a} -${b}`, `"${a} ${b}"`, misspelt(a)][n % 6]!
})

/** As patients and editors type: misspellings, aliases, abbreviations, compounds, phrases, `or`, `-`. */
const TABLE = [
  'inflamation',
  'parkinsns',
  'fibrossis',
  'mesenchymal stem cels',
  'osteoarthritus knee',
  'spinalcord injury',
  'knee arthritis',
  "Lou Gehrig's disease",
  'MS',
  'TBI',
  'lung scarring',
  'MSC',
  'MSC knee',
  'PRP',
  'stemcell tourism',
  'alzhiemer disease',
  '"stem cells" parkinsns',
  'stem cells',
  'knee',
  'cells trial',
  'cells -trial',
  'trial or tourism',
  '"spinal cord"',
  'pain',
  'xylophone',
]

beforeAll(async () => {
  t = await startTestPayload()
  await seedPatientLibrary(t.payload)
  for (const article of GENERATED) await publishArticle(t.payload, article)
})
afterAll(() => t?.stop())

/** Every page of one query as both rankings answer it, from the first to one past the last. */
async function compareEveryPage(q: string, limit: number, cap: number): Promise<number> {
  const first: ArticleSearch = { q, page: 1, limit }
  const { plan } = await matchPlanOf(db(), first)
  const before = await rankBeforeTheCap(db(), first, plan)
  const lastPage = Math.ceil(before.totalDocs / limit)
  for (let page = 1; page <= lastPage + 1; page++) {
    const search = { ...first, page }
    const expected = await rankBeforeTheCap(db(), search, plan)
    const capped = await rankPublishedArticles(db(), search, plan, cap)
    expect(capped, `"${q}" page ${page} of ${limit}, cap ${cap}`).toEqual({ ...expected, totalDocsIsLowerBound: false })
  }
  return before.totalDocs
}

describe('library search below the cap: the same answers as before the cap', () => {
  it('the cap the README documents is the one the search uses', () => {
    expect(LIBRARY_SEARCH_LIMITS.countedMatches).toBe(1000)
  })

  it.each(TABLE)('as typed: %s', async (q) => {
    for (const limit of [3, 10]) await compareEveryPage(q, limit, LIBRARY_SEARCH_LIMITS.countedMatches)
  })

  it('generated queries over generated articles, with the production cap and with a cap just reached', async () => {
    const totals: number[] = []
    for (const q of GENERATED_QUERIES) {
      const total = await compareEveryPage(q, 4, LIBRARY_SEARCH_LIMITS.countedMatches)
      totals.push(total)
      // Exactly as many matches as the cap is still below it: counted exactly, every match ranked.
      if (total > 0) await compareEveryPage(q, 4, total)
    }
    // The generated queries reach from few matches to most of the library, so the comparison means something.
    expect(Math.max(...totals)).toBeGreaterThan(30)
    expect(totals.filter((total) => total > 0 && total < 10).length).toBeGreaterThan(0)
  })
})
