import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createCitation, createCondition, publishArticle, saveDraftArticle, search, titles } from './searchFixtures'

let t: TestPayload
let als: { id: number; slug?: string | null }
let stroke: { id: number; slug?: string | null }

beforeAll(async () => {
  t = await startTestPayload()
  als = await createCondition(t.payload, 'Amyotrophic lateral sclerosis')
  stroke = await createCondition(t.payload, 'Stroke')
  // A research summary may only be published citing its research.
  const paper = await createCitation(t.payload)
  // Seven published "mesenchymal" articles, one day apart, so the order by date is known.
  for (let day = 1; day <= 7; day++) {
    await publishArticle(t.payload, {
      title: `Mesenchymal study ${day}`,
      citations: [paper.id],
      type: day % 2 === 0 ? 'research-summary' : 'condition-guide',
      conditions: day <= 3 ? [als.id] : [stroke.id],
      publishedAt: new Date(Date.UTC(2025, 0, day)).toISOString(),
    })
  }
})
afterAll(() => t?.stop())

describe('article search: filters', () => {
  it('keeps only articles about the condition named by its slug', async () => {
    const { body } = await search(t.rest, { q: 'mesenchymal', condition: als.slug! })
    expect(titles(body).sort()).toEqual(['Mesenchymal study 1', 'Mesenchymal study 2', 'Mesenchymal study 3'])
    expect(body.docs[0]!.conditions).toEqual([expect.objectContaining({ name: 'Amyotrophic lateral sclerosis', slug: als.slug })])
  })

  it('keeps only articles of the type asked for, and combines filters', async () => {
    const summaries = await search(t.rest, { q: 'mesenchymal', type: 'research-summary' })
    expect(titles(summaries.body).sort()).toEqual(['Mesenchymal study 2', 'Mesenchymal study 4', 'Mesenchymal study 6'])

    const both = await search(t.rest, { q: 'mesenchymal', type: 'research-summary', condition: stroke.slug! })
    expect(titles(both.body).sort()).toEqual(['Mesenchymal study 4', 'Mesenchymal study 6'])
  })

  it('finds nothing for a condition that does not exist', async () => {
    expect((await search(t.rest, { q: 'mesenchymal', condition: 'no-such-condition' })).body.totalDocs).toBe(0)
  })

  it('lists the filtered articles newest first when there are no words', async () => {
    const { body } = await search(t.rest, { condition: als.slug! })
    expect(titles(body)).toEqual(['Mesenchymal study 3', 'Mesenchymal study 2', 'Mesenchymal study 1'])
  })

  it('refuses parameters that can only be mistakes', async () => {
    expect((await search(t.rest, { type: 'opinion' })).status).toBe(400)
    expect((await search(t.rest, { page: 0 })).status).toBe(400)
    expect((await search(t.rest, { page: 'two' })).status).toBe(400)
    expect((await search(t.rest, { limit: 500 })).status).toBe(400)
    expect((await search(t.rest, { q: 'x'.repeat(201) })).status).toBe(400)
  })
})

describe('article search: paging', () => {
  it('pages through the results in Payload’s paginated shape', async () => {
    const first = await search(t.rest, { q: 'mesenchymal', limit: 3 })
    expect(first.body).toMatchObject({ totalDocs: 7, totalPages: 3, page: 1, limit: 3, hasPrevPage: false, hasNextPage: true, nextPage: 2 })
    expect(titles(first.body)).toEqual(['Mesenchymal study 7', 'Mesenchymal study 6', 'Mesenchymal study 5'])

    const last = await search(t.rest, { q: 'mesenchymal', limit: 3, page: 3 })
    expect(last.body).toMatchObject({ page: 3, hasPrevPage: true, prevPage: 2, hasNextPage: false, nextPage: null })
    expect(titles(last.body)).toEqual(['Mesenchymal study 1'])
  })

  it('answers an empty page past the end, still counting every match', async () => {
    const { body } = await search(t.rest, { q: 'mesenchymal', limit: 3, page: 9 })
    expect(body).toMatchObject({ docs: [], totalDocs: 7, totalPages: 3, page: 9 })
  })
})

describe('article search: drafts never reach visitors', () => {
  it('does not find an article that was never published', async () => {
    await saveDraftArticle(t.payload, { title: 'Unpublished zebrafish regeneration notes' })
    expect((await search(t.rest, { q: 'zebrafish' })).body.totalDocs).toBe(0)
  })

  it('finds a published article by its published words, not by the words of its newer draft', async () => {
    const published = await publishArticle(t.payload, { title: 'Axolotl limb regrowth', body: 'Salamanders regrow limbs.' })
    await t.payload.update({
      collection: 'articles',
      id: published.id,
      data: { title: 'Axolotl limb regrowth', body: richText('A draft mentioning planarians.') },
      draft: true,
      overrideAccess: true,
    })

    expect(titles((await search(t.rest, { q: 'salamanders' })).body)).toEqual(['Axolotl limb regrowth'])
    expect((await search(t.rest, { q: 'planarians' })).body.totalDocs).toBe(0)
  })

  it('does not find an article once it is unpublished', async () => {
    const article = await publishArticle(t.payload, { title: 'Tardigrade resilience' })
    await t.payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' }, overrideAccess: true })
    expect((await search(t.rest, { q: 'tardigrade' })).body.totalDocs).toBe(0)
  })

  it('never suggests or matches a correction from words only a draft contains', async () => {
    // Only a never-published draft and a published article's newer draft use these words.
    await saveDraftArticle(t.payload, { title: 'Unpublished quokkamorph notes', body: 'Quokkamorph cells in a draft.' })
    const published = await publishArticle(t.payload, { title: 'Published hedgehog notes', body: 'Hedgehogs hibernate.' })
    await t.payload.update({
      collection: 'articles',
      id: published.id,
      data: { title: 'Published hedgehog notes', body: richText('A draft about wombatopia.') },
      draft: true,
      overrideAccess: true,
    })

    for (const typo of ['quokkamorf', 'quokamorph', 'wombatopja', 'wombatopiaa']) {
      const { body } = await search(t.rest, { q: typo })
      expect(body.totalDocs, typo).toBe(0)
      expect(body.didYouMean, typo).toBeNull()
      expect(JSON.stringify(body), typo).not.toMatch(/quokkamorph|wombatopia/i)
    }
    // The published word is corrected to, so the test above could fail.
    expect((await search(t.rest, { q: 'hedgehgos' })).body.didYouMean).toBe('hedgehogs')
  })

  it('stops correcting to a word once the only article using it is unpublished', async () => {
    const article = await publishArticle(t.payload, { title: 'Capybara social grooming' })
    expect((await search(t.rest, { q: 'capybarra' })).body.didYouMean).toBe('capybara')
    await t.payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' }, overrideAccess: true })
    const { body } = await search(t.rest, { q: 'capybarra' })
    expect(body.didYouMean).toBeNull()
    expect(body.totalDocs).toBe(0)
  })
})
