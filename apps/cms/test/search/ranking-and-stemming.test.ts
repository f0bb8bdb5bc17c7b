import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishCorrection } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createCitation, publishArticle, search, titles } from './searchFixtures'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(() => t?.stop())

describe('article search: words, stemming and ranking', () => {
  it('finds an article by a word in its body, and by another form of the word (English stemming)', async () => {
    await publishArticle(t.payload, {
      title: 'Recovery after a spinal cord injury',
      body: 'Rehabilitation programmes aim to restore walking.',
    })

    expect(titles((await search(t.rest, { q: 'rehabilitation' })).body)).toEqual(['Recovery after a spinal cord injury'])
    expect(titles((await search(t.rest, { q: 'injuries' })).body)).toEqual(['Recovery after a spinal cord injury'])
    expect(titles((await search(t.rest, { q: 'restoring walks' })).body)).toEqual(['Recovery after a spinal cord injury'])
  })

  it('finds an article by its excerpt', async () => {
    await publishArticle(t.payload, { title: 'Breathing exercises', excerpt: 'Diaphragmatic techniques for everyday calm.' })
    expect(titles((await search(t.rest, { q: 'diaphragmatic' })).body)).toEqual(['Breathing exercises'])
  })

  it('ranks a match in the title above the same word only in the body', async () => {
    await publishArticle(t.payload, { title: 'Sleep and recovery', body: 'Fatigue is common; cartilage is not discussed here.' })
    await publishArticle(t.payload, { title: 'Cartilage repair explained', body: 'What the studies measured.' })
    await publishArticle(t.payload, { title: 'Walking routines', body: 'Gentle activity protects cartilage over the years.' })

    const { body } = await search(t.rest, { q: 'cartilage' })
    expect(body.totalDocs).toBe(3)
    expect(body.docs[0]!.title).toBe('Cartilage repair explained')
  })

  it('ranks an article matching every word above one matching some (websearch "or")', async () => {
    await publishArticle(t.payload, { title: 'Umbilical cells', body: 'Cord tissue is a source of stromal cells.' })
    await publishArticle(t.payload, { title: 'Umbilical hernia in adults', body: 'A different topic entirely.' })

    const { body } = await search(t.rest, { q: 'umbilical or stromal' })
    expect(titles(body)).toEqual(['Umbilical cells', 'Umbilical hernia in adults'])
  })

  it('understands "quoted phrases" and -excluded words', async () => {
    await publishArticle(t.payload, { title: 'Knee pain at night', body: 'Night pain differs from pain on walking.' })
    await publishArticle(t.payload, { title: 'Hip pain and posture', body: 'Pain when sitting for long.' })

    expect(titles((await search(t.rest, { q: '"knee pain"' })).body)).toEqual(['Knee pain at night'])
    expect(titles((await search(t.rest, { q: 'pain -knee' })).body)).toEqual(['Hip pain and posture'])
  })

  it('finds an article by the title and the authors of the paper it cites', async () => {
    const paper = await createCitation(t.payload, {
      title: 'Neurotrophic factor secreting cells in amyotrophic lateral sclerosis',
      authors: [{ name: 'Karussis D' }, { name: 'Petrou P' }],
    })
    await publishArticle(t.payload, { title: 'What an early ALS trial measured', citations: [paper.id] })

    expect(titles((await search(t.rest, { q: 'neurotrophic' })).body)).toEqual(['What an early ALS trial measured'])
    expect(titles((await search(t.rest, { q: 'Karussis' })).body)).toEqual(['What an early ALS trial measured'])
    expect(titles((await search(t.rest, { q: 'petrou' })).body)).toEqual(['What an early ALS trial measured'])
  })

  it('re-indexes the citing articles when a cited paper is corrected', async () => {
    const paper = await createCitation(t.payload, { title: 'Osteochondral grafts reviewed', authors: [{ name: 'Oldname A' }] })
    const article = await publishArticle(t.payload, { title: 'A review of cartilage grafts', citations: [paper.id] })

    const correction = { title: 'Autologous chondrocyte implantation reviewed', authors: [{ name: 'Newname B' }] }
    await t.payload.update({ collection: 'citations', id: paper.id, data: correction, overrideAccess: true })
    // A correction waiting for review changes nothing visitors find…
    expect(titles((await search(t.rest, { q: 'osteochondral' })).body)).toEqual([article.title])
    expect((await search(t.rest, { q: 'chondrocyte' })).body.totalDocs).toBe(0)
    // …until it is reviewed and published.
    await publishCorrection(t.payload, 'citations', paper.id, correction)

    expect(titles((await search(t.rest, { q: 'chondrocyte' })).body)).toEqual([article.title])
    expect(titles((await search(t.rest, { q: 'newname' })).body)).toEqual([article.title])
    expect((await search(t.rest, { q: 'osteochondral' })).body.totalDocs).toBe(0)
    expect((await search(t.rest, { q: 'oldname' })).body.totalDocs).toBe(0)
  })

  it('answers an empty result, not an error, for words nothing contains or only stop words', async () => {
    expect((await search(t.rest, { q: 'xylophone' })).body).toMatchObject({ docs: [], totalDocs: 0, totalPages: 0 })
    expect((await search(t.rest, { q: 'the and of' })).body).toMatchObject({ docs: [], totalDocs: 0 })
  })

  it('never returns the index itself', async () => {
    const { body } = await search(t.rest, { q: 'cartilage' })
    expect(body.docs.length).toBeGreaterThan(0)
    for (const doc of body.docs) expect(doc).not.toHaveProperty('searchText')
  })
})
