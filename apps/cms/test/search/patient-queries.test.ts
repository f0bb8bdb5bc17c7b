import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { seedPatientLibrary } from './patientLibrary'
import { publishArticle, search, type SearchPage, titles } from './searchFixtures'

let t: TestPayload

type Expected = { article: string } | { condition: string }

/** What patients type, and what must rank in the top 3 (articles) or come first (a condition). */
const PATIENT_QUERIES: [query: string, expected: Expected[]][] = [
  ['parkinsns', [{ article: "Stem cells in Parkinson's disease: what early trials show" }, { condition: "Parkinson's disease" }]],
  ['fibrossis', [{ article: 'Idiopathic pulmonary fibrosis: mesenchymal stromal cells in a phase 1 trial' }]],
  ['alzhiemers', [{ article: "Alzheimer's disease and cell therapy: a careful look" }]],
  ['alzhiemer disease', [{ article: "Alzheimer's disease and cell therapy: a careful look" }]],
  [
    "Lou Gehrig's disease",
    [{ article: 'A phase 2 trial of NurOwn cells in amyotrophic lateral sclerosis' }, { condition: 'Amyotrophic lateral sclerosis' }],
  ],
  ['lou gehrigs disease', [{ condition: 'Amyotrophic lateral sclerosis' }]],
  [
    'knee arthritis',
    [{ article: 'Mesenchymal stem cells for knee osteoarthritis: a randomized trial' }, { condition: 'Knee osteoarthritis' }],
  ],
  ['MS', [{ article: 'Remyelination research in multiple sclerosis' }, { condition: 'Multiple sclerosis' }]],
  ['brain injury', [{ article: 'Stromal cells after a blow to the head' }, { condition: 'Traumatic brain injury' }]],
  ['TBI', [{ article: 'Stromal cells after a blow to the head' }, { condition: 'Traumatic brain injury' }]],
  [
    'lung scarring',
    [
      { article: 'Idiopathic pulmonary fibrosis: mesenchymal stromal cells in a phase 1 trial' },
      { condition: 'Idiopathic pulmonary fibrosis' },
    ],
  ],
  ['IPF', [{ article: 'Idiopathic pulmonary fibrosis: mesenchymal stromal cells in a phase 1 trial' }]],
  ['SCI', [{ article: 'Recovery after a spinal cord injury: cell transplants' }, { condition: 'Spinal cord injury' }]],
  ['MSC knee', [{ article: 'Mesenchymal stem cells for knee osteoarthritis: a randomized trial' }]],
  ['mesenchymal stromal cells', [{ article: 'Mesenchymal stem cells for knee osteoarthritis: a randomized trial' }]],
  ['PRP', [{ article: 'Platelet-rich plasma for tendon pain' }]],
  ['stemcell tourism', [{ article: 'Stem-cell tourism: questions to ask a clinic' }]],
  ['stem cell tourism', [{ article: 'Stem-cell tourism: questions to ask a clinic' }]],
  ['stem-cell parkinson', [{ article: "Stem cells in Parkinson's disease: what early trials show" }]],
  ['spinalcord', [{ article: 'Recovery after a spinal cord injury: cell transplants' }]],
  ['PARKINSON’S!!', [{ article: "Stem cells in Parkinson's disease: what early trials show" }]],
  ['"pulmonary fibrosis"', [{ article: 'Idiopathic pulmonary fibrosis: mesenchymal stromal cells in a phase 1 trial' }]],
  ['"stem cells" parkinsns', [{ article: "Stem cells in Parkinson's disease: what early trials show" }]],
  ['remyelinaton', [{ article: 'Remyelination research in multiple sclerosis' }]],
  [
    'Knee  Osteoarthritis.',
    [{ article: 'Mesenchymal stem cells for knee osteoarthritis: a randomized trial' }, { condition: 'Knee osteoarthritis' }],
  ],
]

/** Queries spelled as the articles spell them: the first result is the one exact ranking gives. */
const EXACT_QUERIES = [
  'stem cells',
  'knee',
  'cells trial',
  'multiple sclerosis',
  'pain',
  'recovery',
  '"spinal cord"',
  'cells -trial',
  'trial or tourism',
]

beforeAll(async () => {
  t = await startTestPayload()
  await seedPatientLibrary(t.payload)
})
afterAll(() => t?.stop())

const describeTop = (page: SearchPage) => ({ articles: titles(page).slice(0, 3), conditions: page.conditions.map((c) => c.name) })

describe('library search: how patients type', () => {
  it.each(PATIENT_QUERIES)('%s', async (query, expected) => {
    const { status, body } = await search(t.rest, { q: query })
    expect(status).toBe(200)
    const top = describeTop(body)
    for (const want of expected) {
      if ('article' in want) expect(top.articles, `"${query}" should rank it in the top 3`).toContain(want.article)
      else expect(top.conditions[0], `"${query}" should offer the condition first`).toBe(want.condition)
    }
  })

  it.each(EXACT_QUERIES)('an exact query keeps its first result: %s', async (query) => {
    const db = t.payload.db as unknown as PostgresAdapter
    const exact = await db.drizzle.execute<{ title: string }>(sql`
      select a."title" from "articles" a
      where a."_status" = 'published' and a."search_vector" @@ websearch_to_tsquery('english', ${query})
      order by ts_rank(a."search_vector", websearch_to_tsquery('english', ${query})) desc, a."published_at" desc, a."id" desc`)
    const { body } = await search(t.rest, { q: query })
    expect(exact.rows.length).toBeGreaterThan(0)
    expect(body.docs[0]?.title).toBe(exact.rows[0]!.title)
    expect(titles(body).slice(0, exact.rows.length)).toEqual(exact.rows.map((row) => row.title).slice(0, body.docs.length))
    expect(body.exactDocs).toBe(exact.rows.length)
  })

  it('ranks exact matches above corrected ones', async () => {
    await publishArticle(t.payload, { title: 'Fibrosis scoring in the liver', excerpt: 'How biopsies are graded.' })
    const { body } = await search(t.rest, { q: 'fibrosis' })
    expect(body.didYouMean).toBeNull()
    // A word published text uses is never corrected, so nothing but exact matches come back.
    expect(body.totalDocs).toBe(body.exactDocs)
  })

  it('offers "Did you mean" for a misspelling that finds little, respelled from published words', async () => {
    const { body } = await search(t.rest, { q: 'alzhiemers' })
    expect(body.exactDocs).toBe(0)
    expect(body.didYouMean).toBe('alzheimers')
    expect((await search(t.rest, { q: 'parkinsns stem cells' })).body.didYouMean).toBe('parkinsons stem cells')
    expect((await search(t.rest, { q: 'knee' })).body.didYouMean).toBeNull()
  })

  it('leaves short words and abbreviations alone: no typo correction below four letters', async () => {
    const { body } = await search(t.rest, { q: 'kne' })
    expect(body.totalDocs).toBe(0)
    expect(body.didYouMean).toBeNull()
  })

  it('returns match ranges for the title and excerpt, for the words as typed and as corrected', async () => {
    const { body } = await search(t.rest, { q: 'parkinsns stem cells' })
    const top = body.docs[0]!
    expect(top.title).toBe("Stem cells in Parkinson's disease: what early trials show")
    const ranges = body.highlights[String(top.id)]!
    expect(ranges.title.map(([start, end]) => top.title.slice(start, end))).toEqual(['Stem cells', 'Parkinson', 'disease'])
    expect(ranges.excerpt.map(([start, end]) => top.excerpt!.slice(start, end))).toEqual(['cells'])
  })

  it('keeps the paginated shape marketing reads, with the new fields beside it', async () => {
    const { body } = await search(t.rest, { q: 'cells', limit: 2 })
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining([
        'docs',
        'totalDocs',
        'limit',
        'page',
        'totalPages',
        'hasNextPage',
        'nextPage',
        'exactDocs',
        'didYouMean',
        'conditions',
        'highlights',
      ]),
    )
    expect(body.docs).toHaveLength(2)
  })
})
