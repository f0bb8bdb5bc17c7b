/**
 * The count cap (LIBRARY_SEARCH_LIMITS.countedMatches, 1,000): matches are counted exactly up to it;
 * beyond it `totalDocs` is the cap with `totalDocsIsLowerBound: true`, the pages stop there, and the
 * candidates ranked are the title/excerpt matches newest first, then body matches newest first (then
 * the same for a correction or alias, then articles only tagged with a named condition). The cap is
 * lowered through answerLibrarySearch's parameter rather than seeding a thousand articles.
 */
import { createLocalReq, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { answerLibrarySearch } from '../../src/collections/Articles/endpoints/search'
import type { ArticleSearch } from '../../src/collections/Articles/search/searchParams'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createCondition, publishArticle, search, titles } from './searchFixtures'

let t: TestPayload
/** An anonymous visitor's request, as the endpoint gets it. */
let visitor: PayloadRequest

const day = (date: string) => new Date(`${date}T12:00:00Z`).toISOString()

beforeAll(async () => {
  t = await startTestPayload()
  visitor = await createLocalReq({}, t.payload)
  // Four "okapi" articles: the boundary is moved around them by the cap.
  for (let n = 1; n <= 4; n++) await publishArticle(t.payload, { title: `Okapi field notes ${n}`, publishedAt: day(`2024-0${n}-01`) })

  // "quagga": two old articles with it in the title or excerpt, four newer ones with it in the body only.
  await publishArticle(t.payload, { title: 'Quagga herds of the Karoo', publishedAt: day('2019-01-01') })
  await publishArticle(t.payload, {
    title: 'Extinct grazers of southern Africa',
    excerpt: 'What the quagga tells us.',
    body: 'Its stripes faded towards the rump.',
    publishedAt: day('2019-02-01'),
  })
  for (let n = 1; n <= 4; n++) {
    await publishArticle(t.payload, {
      title: `Museum visit ${n}`,
      body: 'A mounted quagga stands in the hall.',
      publishedAt: day(`2025-0${n}-01`),
    })
  }

  // "wombat": one title match and three body matches, all older than forty unrelated articles, so the
  // newest slices of the library the body matches are first looked for in hold none of them.
  await publishArticle(t.payload, { title: 'Wombat burrows', publishedAt: day('2004-01-01') })
  for (let n = 1; n <= 3; n++) {
    await publishArticle(t.payload, { title: `Marsupial notes ${n}`, body: 'A wombat digs.', publishedAt: day(`2005-0${n}-01`) })
  }
  for (let n = 1; n <= 40; n++) {
    await publishArticle(t.payload, { title: `Unrelated notes ${n}`, publishedAt: day(`2010-01-${String((n % 28) + 1).padStart(2, '0')}`) })
  }

  // A phrase in three bodies, and its words apart in a newer one.
  for (let n = 1; n <= 3; n++) {
    await publishArticle(t.payload, {
      title: `Collection item ${n}`,
      body: 'A taxidermy specimen of note.',
      publishedAt: day(`2023-0${n}-01`),
    })
  }
  await publishArticle(t.payload, { title: 'Collection policy', body: 'The specimen needed no taxidermy.', publishedAt: day('2023-06-01') })

  // "zebroid" names a condition whose name is also written out in an article, and which tags another.
  const condition = await createCondition(t.payload, 'Striped pony syndrome', ['zebroid'])
  await publishArticle(t.payload, { title: 'Hybrid equids', body: 'A zebroid is a hybrid.', publishedAt: day('2018-01-01') })
  await publishArticle(t.payload, { title: 'Striped pony syndrome explained', publishedAt: day('2017-01-01') })
  await publishArticle(t.payload, { title: 'Grazing notes', conditions: [condition.id], publishedAt: day('2026-01-01') })
})
afterAll(() => t?.stop())

const ask = (q: string, cap: number, page = 1, limit = 10) => answerLibrarySearch(visitor, { q, page, limit } satisfies ArticleSearch, cap)

describe('library search: matches counted up to the cap', () => {
  it('counts exactly below the cap (cap - 1 matches)', async () => {
    const answer = await ask('okapi', 5)
    expect(answer).toMatchObject({ totalDocs: 4, totalDocsIsLowerBound: false, exactDocs: 4, totalPages: 1 })
    expect(titles(answer)).toEqual(['Okapi field notes 4', 'Okapi field notes 3', 'Okapi field notes 2', 'Okapi field notes 1'])
  })

  it('counts exactly at the cap (cap matches)', async () => {
    const answer = await ask('okapi', 4, 1, 2)
    expect(answer).toMatchObject({ totalDocs: 4, totalDocsIsLowerBound: false, exactDocs: 4, totalPages: 2, hasNextPage: true })
  })

  it('says "at least the cap" above it (cap + 1 matches), and pages stop at the cap', async () => {
    const first = await ask('okapi', 3, 1, 2)
    expect(first).toMatchObject({ totalDocs: 3, totalDocsIsLowerBound: true, exactDocs: 3, totalPages: 2, hasNextPage: true, nextPage: 2 })
    const second = await ask('okapi', 3, 2, 2)
    expect(second).toMatchObject({ totalDocs: 3, totalDocsIsLowerBound: true, page: 2, hasNextPage: false, nextPage: null })
    expect(second.docs).toHaveLength(1)
    const shown = [...titles(first), ...titles(second)]
    // The newest three, each once.
    expect(shown).toEqual(['Okapi field notes 4', 'Okapi field notes 3', 'Okapi field notes 2'])
  })

  it('answers a page past the bounded set like an empty page', async () => {
    for (const page of [3, 4, 1000]) {
      const answer = await ask('okapi', 3, page, 2)
      expect(answer).toMatchObject({ docs: [], totalDocs: 3, totalDocsIsLowerBound: true, totalPages: 2, page, hasNextPage: false })
    }
  })

  it('keeps title and excerpt matches first above the cap, then the newest body matches', async () => {
    expect(titles(await ask('quagga', 100))).toEqual([
      'Quagga herds of the Karoo',
      'Extinct grazers of southern Africa',
      'Museum visit 4',
      'Museum visit 3',
      'Museum visit 2',
      'Museum visit 1',
    ])
    const capped = await ask('quagga', 4)
    expect(capped).toMatchObject({ totalDocs: 4, totalDocsIsLowerBound: true })
    // The two older articles outrank every newer body match, so they stay; the oldest body matches go.
    expect(titles(capped)).toEqual(['Quagga herds of the Karoo', 'Extinct grazers of southern Africa', 'Museum visit 4', 'Museum visit 3'])
  })

  it('finds the newest body matches wherever they lie in the library', async () => {
    // With 50-odd published articles, "quagga"'s newest body matches lie in the newest slice looked at first,
    expect(titles(await ask('quagga', 3))).toEqual(['Quagga herds of the Karoo', 'Extinct grazers of southern Africa', 'Museum visit 4'])
    // "wombat"'s only in the whole library, read last.
    const capped = await ask('wombat', 3)
    expect(capped).toMatchObject({ totalDocs: 3, totalDocsIsLowerBound: true })
    expect(titles(capped)).toEqual(['Wombat burrows', 'Marsupial notes 3', 'Marsupial notes 2'])
  })

  it('keeps a phrase a phrase among the body matches above the cap', async () => {
    expect(titles(await ask('"taxidermy specimen"', 100))).toEqual(['Collection item 3', 'Collection item 2', 'Collection item 1'])
    const capped = await ask('"taxidermy specimen"', 2)
    expect(capped).toMatchObject({ totalDocs: 2, totalDocsIsLowerBound: true })
    // The newer article with the words apart is not a match, though its words are.
    expect(titles(capped)).toEqual(['Collection item 3', 'Collection item 2'])
  })

  it('still excludes a -word from title and excerpt matches above the cap', async () => {
    // The excerpt match's body has "stripes": it must not come back.
    const all = titles(await ask('quagga -stripes', 100))
    expect(all).toHaveLength(5)
    expect(all).not.toContain('Extinct grazers of southern Africa')
    const capped = await ask('quagga -stripes', 4)
    expect(capped).toMatchObject({ totalDocs: 4, totalDocsIsLowerBound: true })
    // The title match and the three newest body matches, in the order the whole ranking gives them.
    expect(titles(capped)).toEqual(all.filter((title) => title !== 'Museum visit 1'))
  })

  it('bounds a corrected query the same way, and still offers the respelling', async () => {
    const capped = await ask('quaggo', 4)
    expect(capped).toMatchObject({ totalDocs: 4, totalDocsIsLowerBound: true, exactDocs: 0, didYouMean: 'quagga' })
    expect(titles(capped)).toEqual(['Quagga herds of the Karoo', 'Extinct grazers of southern Africa', 'Museum visit 4', 'Museum visit 3'])
  })

  it('bounds an alias in its tiers: as typed, then the condition named, then articles only tagged with it', async () => {
    const all = await ask('zebroid', 100)
    expect(all).toMatchObject({ totalDocs: 3, totalDocsIsLowerBound: false, exactDocs: 1 })
    expect(titles(all)).toEqual(['Hybrid equids', 'Striped pony syndrome explained', 'Grazing notes'])
    // The newest match is only tagged: above the cap it is the one left out.
    const capped = await ask('zebroid', 2)
    expect(capped).toMatchObject({ totalDocs: 2, totalDocsIsLowerBound: true, exactDocs: 1, totalPages: 1 })
    expect(titles(capped)).toEqual(['Hybrid equids', 'Striped pony syndrome explained'])
  })

  it('answers false below the production cap through the REST API', async () => {
    const { status, body } = await search(t.rest, { q: 'quagga', limit: 2 })
    expect(status).toBe(200)
    expect(body).toMatchObject({ totalDocs: 6, totalDocsIsLowerBound: false, totalPages: 3 })
    const listing = await search(t.rest, {})
    expect(listing.body.totalDocsIsLowerBound).toBe(false)
  })
})
