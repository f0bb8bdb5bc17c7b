import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Citation } from '@clinic/shared-types'

import { importLegacyExport, type ImportReport } from '../../src/import'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { blocksOf, countEverything, currentSiteText, textOf } from './helpers'

let t: TestPayload
let first: ImportReport

beforeAll(async () => {
  t = await startTestPayload()
  first = await importLegacyExport(t.payload, {
    text: currentSiteText(),
    fileName: 'current-site-1.txt',
    now: new Date('2026-11-22T12:00:00Z'),
  })
})
afterAll(async () => t?.stop())

async function importedArticles(): Promise<Article[]> {
  const { docs } = await t.payload.find({ collection: 'articles', limit: 100, depth: 1, overrideAccess: true, sort: 'id' })
  return docs
}

const citationOf = (article: Article) => article.citations?.[0] as Citation

describe('importing current-site-1.txt', () => {
  it('creates 5 research summaries, 1 condition guide and no lifestyle post, all in review and unpublished', async () => {
    expect(first.ok).toBe(true)
    const articles = await importedArticles()
    const byType = (type: string) => articles.filter((article) => article.type === type)
    expect(byType('research-summary')).toHaveLength(5)
    expect(byType('condition-guide')).toHaveLength(1)
    expect(byType('lifestyle-post')).toHaveLength(0)
    expect(articles).toHaveLength(6)
    for (const article of articles) {
      expect(article.workflowState).toBe('in_review')
      expect(article._status).toBe('draft')
      expect(article.publishedAt ?? null).toBeNull()
    }
    if (!first.ok) return
    expect(first.pages).toHaveLength(21)
    expect(first.totals.byAction).toEqual({ created: 7, reused: 0, skipped: 14, flagged: 0, unclassified: 0 })
  })

  it('shows none of them to anonymous visitors over REST', async () => {
    const response = await t.rest.get('/articles?limit=100&depth=0')
    expect(response.status).toBe(200)
    expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(0)
    const drafts = await t.rest.get('/articles?limit=100&depth=0&draft=true')
    expect(((await drafts.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  it('gives each summary its paper as first citation, with the right DOI, PMID, journal and year', async () => {
    const summaries = (await importedArticles()).filter((article) => article.type === 'research-summary')
    const cited = summaries.map((article) => {
      const citation = citationOf(article)
      return { doi: citation.doi, pmid: citation.pmid, journal: citation.journal, year: citation.year }
    })
    expect(cited).toEqual([
      { doi: '10.2478/rir-2022-0011', pmid: '36465325', journal: 'Rheumatol Immunol Res', year: 2022 },
      { doi: '10.1186/s13018-023-04131-7', pmid: '37644595', journal: 'J Orthop Surg Res', year: 2023 },
      { doi: '10.3390/ijms22042153', pmid: '33671500', journal: 'Int J Mol Sci', year: 2021 },
      { doi: '10.3389/fimmu.2023.1141601', pmid: '36911700', journal: 'Front Immunol', year: 2023 },
      { doi: '10.1016/j.parkreldis.2024.107087', pmid: '39142905', journal: 'Parkinsonism Relat Disord', year: 2024 },
    ])
    expect(summaries.map((article) => article.title)).toContain('Stem Cell Therapy in Lupus')
    expect((await t.payload.count({ collection: 'citations', overrideAccess: true })).totalDocs).toBe(5)
  })

  it('links the conditions found, creating the missing ones', async () => {
    const articles = await importedArticles()
    const lupus = articles.find((article) => article.title === 'Stem Cell Therapy in Lupus')!
    expect((lupus.conditions ?? []).map((condition) => (typeof condition === 'object' ? condition.slug : condition))).toEqual(['lupus'])
    const guide = articles.find((article) => article.type === 'condition-guide')!
    const [sci] = guide.conditions ?? []
    expect(typeof sci === 'object' && sci.name).toBe('Spinal cord injury')
    expect(typeof sci === 'object' && sci.category).toBe('neurological')
  })

  it('keeps the headings and list items: the spinal-cord-injury summary’s lists, the guide’s h2/h3s', async () => {
    const articles = await importedArticles()
    const summary = articles.find((article) => article.title.startsWith('Mesenchymal stem cells in the treatment of spinal cord injury'))!
    const lists = blocksOf(summary.body).filter((block) => block.type === 'list')
    expect(lists).toHaveLength(2)
    expect(lists.map((list) => (list.children ?? []).map((item) => textOf(item).split(':')[0]))).toEqual([
      ['BMSCs', 'AD-MSCs', 'HUC-MSCs'],
      ['Immunomodulation', 'Neuroprotection and Regeneration', 'Angiogenesis', 'Exosome Production'],
    ])
    expect(
      blocksOf(summary.body)
        .filter((block) => block.type === 'heading')
        .map(textOf),
    ).toContain('Types of MSCs')
    // The citation is the article's citation, not a line of its body.
    expect(blocksOf(summary.body).map(textOf).join('\n')).not.toMatch(/Source:|doi: 10\./)

    const guide = articles.find((article) => article.type === 'condition-guide')!
    expect(guide.title).toBe('Stem cell therapy for spinal cord injury')
    const headings = blocksOf(guide.body).filter((block) => block.type === 'heading')
    expect(headings.map((heading) => [heading.tag, textOf(heading)])).toEqual(
      expect.arrayContaining([
        ['h2', 'Defining Spinal Cord Injury: Causes and Impact'],
        ['h3', 'Common Causes of Spinal Cord Injury'],
        ['h3', 'Immediate and Long-Term Effects on the Body'],
        ['h2', 'Stem Cell Therapy Explained: Purpose and Methods'],
      ]),
    )
    expect(headings.filter((heading) => heading.tag === 'h2').length).toBeGreaterThanOrEqual(5)
    expect(headings.filter((heading) => heading.tag === 'h3').length).toBeGreaterThanOrEqual(8)
  })

  it('writes an import note (derived title and excerpt) and the page fingerprint on every article', async () => {
    const { docs } = await t.payload.find({ collection: 'articles', limit: 100, overrideAccess: true, showHiddenFields: true, sort: 'id' })
    const lupus = docs.find((article) => article.title === 'Stem Cell Therapy in Lupus')!
    expect(lupus.importNote).toMatch(
      /^Imported from current-site-1\.txt \(page 2, lines 67–90\) on 2026-11-22; title and excerpt were derived — check them\./,
    )
    for (const article of docs) {
      expect(article.importFingerprint).toMatch(/^[0-9a-f]{64}$/)
      expect(article.excerpt).toBeTruthy()
    }
  })

  it('makes the disclaimer the one active site-wide disclaimer', async () => {
    const { docs } = await t.payload.find({
      collection: 'disclaimers',
      where: { active: { equals: true }, scope: { equals: 'site-wide' } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(textOf(blocksOf(docs[0]!.body)[0]!)).toMatch(/^This website and its contents are not intended to treat, cure, diagnose/)
    expect((await t.payload.count({ collection: 'disclaimers', overrideAccess: true })).totalDocs).toBe(1)
  })

  it('imports no page chrome', async () => {
    for (const article of await importedArticles()) {
      const text = [article.title, article.excerpt, ...blocksOf(article.body).map(textOf)].join('\n')
      expect(text).not.toMatch(/cookies/i)
      expect(text).not.toMatch(/Request Information Packet/i)
    }
  })

  it('creates nothing the second time: every page is skipped or reused', async () => {
    const before = await countEverything(t.payload)
    const second = await importLegacyExport(t.payload, { text: currentSiteText(), fileName: 'current-site-1.txt' })
    expect(await countEverything(t.payload)).toEqual(before)
    expect(second.ok).toBe(true)
    if (!second.ok) return
    expect(second.totals.byAction).toEqual({ created: 0, reused: 1, skipped: 20, flagged: 0, unclassified: 0 })
    expect(second.pages.filter((page) => page.kind !== 'chrome').map((page) => [page.kind, page.action])).toEqual([
      ['condition-guide', 'skipped'],
      ['research-summary', 'skipped'],
      ['research-summary', 'skipped'],
      ['research-summary', 'skipped'],
      ['research-summary', 'skipped'],
      ['research-summary', 'skipped'],
      ['site-disclaimer', 'reused'],
    ])
    expect(second.pages[1]!.detail).toMatch(/already imported/)
  })

  it('skips a summary already in another export (same paper, re-worded page) by its DOI/PMID', async () => {
    const before = await countEverything(t.payload)
    // The same summary with one sentence changed has a new fingerprint, but cites the same paper.
    const reworded = currentSiteText().replace('Lupus', 'Systemic lupus')
    const report = await importLegacyExport(t.payload, { text: reworded, fileName: 'current-site-2.txt' })
    expect(report.ok).toBe(true)
    expect(await countEverything(t.payload)).toEqual(before)
    if (!report.ok) return
    expect(report.pages[1]).toMatchObject({
      action: 'skipped',
      citation: 'reused',
      detail: expect.stringMatching(/a summary of this paper exists/),
    })
  })
})
