import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importLegacyExport } from '../../src/import'
import { citationData } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { countEverything, currentSiteText } from './helpers'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.stop())

describe('a file that is not a site export', () => {
  const garbage: [string, string][] = [
    ['an empty file', ''],
    ['binary bytes', new TextDecoder('utf-8').decode(Uint8Array.from({ length: 2048 }, (_, index) => (index * 37 + 11) % 256))],
    ['random words', 'purple otter lamp seventeen quickly marble between umbrella tonight gravel whisper orbit\n'.repeat(20)],
  ]

  it.each(garbage)('is refused with a clear message and changes nothing: %s', async (_name, text) => {
    const before = await countEverything(t.payload)
    const report = await importLegacyExport(t.payload, { text, fileName: 'garbage.txt' })
    expect(report.ok).toBe(false)
    if (report.ok) return
    expect(report.error.length).toBeGreaterThan(30)
    expect(await countEverything(t.payload)).toEqual(before)
  })
})

describe('reuse', () => {
  it('reuses a citation that already has the DOI (written differently), instead of creating a twin', async () => {
    const existing = await t.payload.create({
      collection: 'citations',
      data: citationData({
        doi: 'https://doi.org/10.2478/RIR-2022-0011',
        pmid: null,
        title: 'Stem Cell Therapy in Lupus',
        journal: 'Rheumatol Immunol Res',
        year: 2022,
      }),
      overrideAccess: true,
    })
    const report = await importLegacyExport(t.payload, { text: currentSiteText(), fileName: 'current-site-1.txt' })
    expect(report.ok).toBe(true)
    if (!report.ok) return
    const lupusPage = report.pages.find((page) => page.title === 'Stem Cell Therapy in Lupus')!
    expect(lupusPage).toMatchObject({ action: 'created', citation: 'reused', citationId: existing.id })
    expect(report.totals).toMatchObject({ citationsCreated: 4, citationsReused: 1, articles: 6 })

    const { docs } = await t.payload.find({
      collection: 'citations',
      where: { doi: { equals: '10.2478/rir-2022-0011' } },
      overrideAccess: true,
    })
    expect(docs.map((doc) => doc.id)).toEqual([existing.id])
    const article = await t.payload.findByID({ collection: 'articles', id: lupusPage.articleId!, depth: 0, overrideAccess: true })
    expect(article.citations).toEqual([existing.id])
  })
})
