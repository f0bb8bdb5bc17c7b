import type { Citation } from '@clinic/citations'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseLegacyExport, type ImportedPage } from '../src/index'
import { legacySiteLines, legacySiteText } from './fixtures/legacySite'
import { blocksOf, countKind, pagesOf } from './helpers'

/** Written by reading each citation line of the file (the same values as @clinic/citations' own test). */
const EXPECTED_CITATIONS: Record<string, Citation> = {
  lupus: {
    authors: ['Yuan X', 'Sun L'],
    title: 'Stem Cell Therapy in Lupus',
    journal: 'Rheumatol Immunol Res',
    year: 2022,
    month: 7,
    day: 6,
    volume: '3',
    issue: '2',
    pages: '61-68',
    doi: '10.2478/rir-2022-0011',
    pmid: '36465325',
    pmcid: 'PMC9524813',
  },
  knee: {
    authors: ['Zhang P', 'Dong B', 'Yuan P', 'Li X'],
    title:
      'Human umbilical cord mesenchymal stem cells promoting knee joint chondrogenesis for the treatment of knee osteoarthritis: a systematic review',
    journal: 'J Orthop Surg Res',
    year: 2023,
    month: 8,
    day: 29,
    volume: '18',
    issue: '1',
    pages: '639',
    doi: '10.1186/s13018-023-04131-7',
    pmid: '37644595',
    pmcid: 'PMC10466768',
  },
  neurodegenerative: {
    authors: ['Sivandzade F', 'Cucullo L'],
    title: 'Regenerative Stem Cell Therapy for Neurodegenerative Diseases: An Overview',
    journal: 'Int J Mol Sci',
    year: 2021,
    month: 2,
    day: 22,
    volume: '22',
    issue: '4',
    pages: '2153',
    doi: '10.3390/ijms22042153',
    pmid: '33671500',
    pmcid: 'PMC7926761',
  },
  spinal: {
    authors: ['Xia Y', 'Zhu J', 'Yang R', 'Wang H', 'Li Y', 'Fu C'],
    title: 'Mesenchymal stem cells in the treatment of spinal cord injury: Mechanisms, current advances and future challenges',
    journal: 'Front Immunol',
    year: 2023,
    month: 2,
    day: 24,
    volume: '14',
    pages: '1141601',
    doi: '10.3389/fimmu.2023.1141601',
    pmid: '36911700',
    pmcid: 'PMC9999104',
  },
  parkinson: {
    authors: ['Tambe P', 'Undale V', 'Sanap A', 'Bhonde R', 'Mante N'],
    title: "The prospective role of mesenchymal stem cells in Parkinson's disease",
    journal: 'Parkinsonism Relat Disord',
    year: 2024,
    month: 10,
    volume: '127',
    pages: '107087',
    doi: '10.1016/j.parkreldis.2024.107087',
    pmid: '39142905',
    epubDate: '2024-08-10',
  },
}

/** The primary condition(s) of each summary, by reading it; the overview names three diseases equally. */
const EXPECTED_CONDITIONS: Record<string, string[]> = {
  lupus: ['lupus'],
  knee: ['knee-osteoarthritis'],
  neurodegenerative: ['alzheimers-disease', 'amyotrophic-lateral-sclerosis-als', 'parkinsons-disease'],
  spinal: ['spinal-cord-injury'],
  parkinson: ['parkinsons-disease'],
}

/** The guide's headings, in order, by reading lines 1–66: every short line without a full stop. */
const GUIDE_HEADINGS = [
  'Defining Spinal Cord Injury: Causes and Impact',
  'Common Causes of Spinal Cord Injury',
  'Immediate and Long-Term Effects on the Body',
  'Classification of Spinal Cord Injuries by Severity and Location',
  'Complete vs. Partial Injury Overview',
  'Differences Between Cervical, Thoracic, and Lumbar Injuries',
  'Stem Cell Therapy Explained: Purpose and Methods',
  'Types of Stem Cells Used in Therapy',
  'Biological Actions of Stem Cells in Nerve Repair',
  'Influence on Inflammation and Immune Response',
  'Role in Regenerating Damaged Neural Tissue',
  'Observed Outcomes from Stem Cell Treatments',
  'Enhancements in Mobility and Sensory Recovery',
  'Reduction of Discomfort and Muscle-Related Symptoms',
  'The Treatment Process at Stemedix: Patient-Centered Approach',
  'Importance of Diagnostic Information From Referring Physicians',
  'Tailoring Treatments to Individual Medical Histories',
  'Administration Protocols and Safety Measures',
  'Patient Support Beyond Therapy',
  'Start Your Recovery Journey with Stemedix Today',
]

let pages: ImportedPage[]
const summaries = (): ImportedPage[] => pages.filter((page) => page.kind === 'research-summary')
/** A summary found by its citation's DOI, not by its position. */
const summaryCiting = (key: string): ImportedPage => {
  const page = summaries().find((summary) => summary.citation?.doi === EXPECTED_CITATIONS[key]!.doi)
  if (page === undefined) expect.fail(`no research summary cites ${EXPECTED_CITATIONS[key]!.doi}`)
  return page
}
const guide = (): ImportedPage => pages.find((page) => page.kind === 'condition-guide')!

beforeAll(() => {
  pages = pagesOf(parseLegacyExport(legacySiteText))
})

describe('the real export (shared/legacy-site/current-site-1.txt): pages', () => {
  it('finds exactly 1 condition guide, 5 research summaries, 0 lifestyle posts, 1 disclaimer and nothing unclassified', () => {
    expect(countKind(pages, 'condition-guide')).toBe(1)
    expect(countKind(pages, 'research-summary')).toBe(5)
    expect(countKind(pages, 'lifestyle-post')).toBe(0)
    expect(countKind(pages, 'site-disclaimer')).toBe(1)
    expect(pages.filter((page) => page.kind === 'unclassified').map((page) => page.reason)).toEqual([])
  })

  it('gives every non-blank line of the file to exactly one page, in order', () => {
    const covered: number[] = pages.flatMap((page) => page.sourceText.split('\n').map((_, offset) => page.firstLine + offset))
    const nonBlank = legacySiteLines.flatMap((line, number) => (number > 0 && line.trim() !== '' ? [number] : []))
    expect(covered).toEqual(nonBlank)
    pages.forEach((page, index) => expect(page.index).toBe(index))
  })

  it('skips the chrome: the cookie notice, the newsletter prompt and each information-packet prompt separately', () => {
    const chrome = pages.filter((page) => page.kind === 'chrome')
    const prompts = legacySiteLines.filter((line) => line.trim() === 'Request Information Packet').length
    expect(prompts).toBeGreaterThan(1)
    expect(chrome.filter((page) => page.reason?.includes('information-packet'))).toHaveLength(prompts)
    expect(chrome.filter((page) => page.reason?.includes('cookie notice'))).toHaveLength(1)
    expect(chrome.filter((page) => page.reason?.includes('newsletter'))).toHaveLength(1)
    expect(chrome).toHaveLength(prompts + 2)
    const cookie = chrome.find((page) => page.reason?.includes('cookie notice'))!
    expect(cookie.sourceText).toMatch(/^This website uses cookies/)
    expect(cookie.sourceText.split('\n')).toHaveLength(3)
    for (const page of chrome) {
      expect(page.body).toBeUndefined()
      expect(page.title).toBeUndefined()
    }
  })

  it('recognises the disclaimer paragraph and gives it a body', () => {
    const disclaimer = pages.find((page) => page.kind === 'site-disclaimer')!
    expect(disclaimer.sourceText).toMatch(
      /^This website and its contents are not intended to treat, cure, diagnose, or prevent any disease\./,
    )
    expect(blocksOf(disclaimer.body)).toEqual([{ type: 'p', text: disclaimer.sourceText }])
    expect(disclaimer.titleDerived).toBe(true)
  })

  it('keeps the order of the file: the guide, then the summaries, then the disclaimer, then the chrome', () => {
    const order = pages.map((page) => page.kind).filter((kind, index, all) => index === 0 || kind !== all[index - 1])
    expect(order).toEqual(['condition-guide', 'research-summary', 'site-disclaimer', 'chrome'])
  })
})

describe('the real export: research summaries', () => {
  it.each(Object.keys(EXPECTED_CITATIONS))("reads every field of the %s summary's citation", (key) => {
    const summary = summaryCiting(key)
    expect(summary.citation).toStrictEqual(EXPECTED_CITATIONS[key])
    expect(summary.naturalKeys).toEqual({ doi: EXPECTED_CITATIONS[key]!.doi, pmid: EXPECTED_CITATIONS[key]!.pmid })
    // The citation line is kept as written and is not part of the body.
    expect(summary.sourceText.endsWith(summary.citationText!)).toBe(true)
    expect(JSON.stringify(summary.body)).not.toContain(EXPECTED_CITATIONS[key]!.pmid!)
  })

  it('reads the citation with and without "Source:" (the knee summary has none)', () => {
    expect(summaryCiting('knee').citationText).toMatch(/^Zhang P, Dong B/)
    for (const key of ['lupus', 'neurodegenerative', 'spinal', 'parkinson']) expect(summaryCiting(key).citationText).toMatch(/^Source: /)
  })

  it('passes on the citation warnings: only the Parkinson paper lacks a PMCID', () => {
    expect(summaryCiting('parkinson').citationWarnings).toHaveLength(1)
    expect(summaryCiting('parkinson').citationWarnings![0]).toMatch(/PMCID/)
    for (const key of ['lupus', 'knee', 'neurodegenerative', 'spinal']) expect(summaryCiting(key).citationWarnings).toEqual([])
  })

  it.each(Object.keys(EXPECTED_CONDITIONS))('finds the primary condition(s) of the %s summary', (key) => {
    const slugs = summaryCiting(key).conditions!.map((condition) => condition.slug)
    expect([...slugs].sort()).toEqual(EXPECTED_CONDITIONS[key])
  })

  it('gives the conditions the CMS categories', () => {
    expect(summaryCiting('lupus').conditions).toEqual([{ name: 'Lupus', slug: 'lupus', category: 'autoimmune' }])
    expect(summaryCiting('knee').conditions).toEqual([
      { name: 'Knee osteoarthritis', slug: 'knee-osteoarthritis', category: 'orthopaedic' },
    ])
    expect(summaryCiting('spinal').conditions).toEqual([
      { name: 'Spinal cord injury', slug: 'spinal-cord-injury', category: 'neurological' },
    ])
  })

  it("titles each summary with its paper's title and flags the title as derived", () => {
    for (const summary of summaries()) {
      expect(summary.title).toBe(summary.citation!.title)
      expect(summary.titleDerived).toBe(true)
      expect(summary.flags.some((flag) => /title/i.test(flag) && /paper/.test(flag))).toBe(true)
    }
  })

  it('rebuilds the two lists of the spinal cord injury summary, each after its line ending in ":"', () => {
    const blocks = blocksOf(summaryCiting('spinal').body)
    const lists = blocks.flatMap((block, index) => ('items' in block ? [{ index, block }] : []))
    expect(lists).toHaveLength(2)
    const [types, benefits] = lists
    expect(blocks[types!.index - 1]).toEqual({ type: 'p', text: expect.stringMatching(/unique advantages:$/) })
    expect(types!.block).toEqual({ type: 'ul', items: [legacySiteLines[158], legacySiteLines[159], legacySiteLines[160]] })
    expect(blocks[benefits!.index - 1]).toEqual({ type: 'p', text: expect.stringMatching(/including:$/) })
    expect(benefits!.block).toEqual({
      type: 'ul',
      items: [legacySiteLines[163], legacySiteLines[164], legacySiteLines[165], legacySiteLines[166]],
    })
    // The heading right after the second list is not swallowed as an item.
    expect(blocks[benefits!.index + 1]).toEqual({ type: 'h2', text: 'Future Directions' })
  })

  it('flags the paragraph whose heading lost its line break in the Parkinson summary, without changing it', () => {
    const summary = summaryCiting('parkinson')
    expect(summary.flags.some((flag) => flag.includes('"Cell-based Therapies for Parkinson’s Disease"'))).toBe(true)
    expect(blocksOf(summary.body)).toContainEqual({
      type: 'p',
      text: expect.stringMatching(/^Cell-based Therapies for Parkinson’s Disease Cell-based therapies are/),
    })
  })
})

describe('the real export: the spinal cord injury condition guide', () => {
  it('is about spinal cord injury only (multiple sclerosis is named once in passing)', () => {
    expect(guide().conditions).toEqual([{ name: 'Spinal cord injury', slug: 'spinal-cord-injury', category: 'neurological' }])
    expect(guide().firstLine).toBe(1)
  })

  it('keeps every heading, in order, and nothing else as a heading', () => {
    const headings = blocksOf(guide().body).flatMap((block) => ('text' in block && block.type.startsWith('h') ? [block.text] : []))
    expect(headings).toEqual(GUIDE_HEADINGS)
  })

  it('makes section openers h2 and the headings under them h3', () => {
    const blocks = blocksOf(guide().body)
    const level = (text: string) => blocks.find((block) => 'text' in block && block.text === text)?.type
    for (const h2 of [
      'Defining Spinal Cord Injury: Causes and Impact',
      'Classification of Spinal Cord Injuries by Severity and Location',
      'Stem Cell Therapy Explained: Purpose and Methods',
      'Observed Outcomes from Stem Cell Treatments',
      'Start Your Recovery Journey with Stemedix Today',
    ]) {
      expect(level(h2), h2).toBe('h2')
    }
    for (const h3 of [
      'Common Causes of Spinal Cord Injury',
      'Complete vs. Partial Injury Overview',
      'Types of Stem Cells Used in Therapy',
      'Reduction of Discomfort and Muscle-Related Symptoms',
    ]) {
      expect(level(h3), h3).toBe('h3')
    }
  })

  it('keeps every paragraph of lines 1–66 word for word, and finds no list in them', () => {
    const blocks = blocksOf(guide().body)
    expect(blocks.filter((block) => 'items' in block)).toEqual([])
    const texts = blocks.map((block) => ('text' in block ? block.text : ''))
    expect(texts).toEqual(legacySiteLines.slice(1, 67))
  })

  it('keeps the trailing call to action as the last paragraph', () => {
    const blocks = blocksOf(guide().body)
    expect(blocks[blocks.length - 1]).toEqual({ type: 'p', text: guide().callToAction })
    expect(guide().callToAction).toContain('(727) 456-8968')
    expect(guide().callToAction).toContain('yourjourney@stemedix.com')
    expect(guide().lastLine).toBe(66)
  })

  it("derives the title from the guide's subject and flags it", () => {
    expect(guide().title).toBe('Stem cell therapy for spinal cord injury')
    expect(guide().titleDerived).toBe(true)
    expect(guide().flags.some((flag) => flag.startsWith('The title'))).toBe(true)
  })
})

describe('the real export: excerpts and fingerprints', () => {
  const articles = (): ImportedPage[] => pages.filter((page) => page.kind === 'research-summary' || page.kind === 'condition-guide')

  it('derives an excerpt of whole sentences from the opening paragraph, at most 300 characters, and flags it', () => {
    for (const article of articles()) {
      const opening = article.sourceText.split('\n')[0]!
      expect(article.excerpt!.length).toBeLessThanOrEqual(300)
      expect(article.excerpt!.length).toBeGreaterThan(100)
      expect(opening.startsWith(article.excerpt!)).toBe(true)
      expect(article.excerpt).toMatch(/[.!?]$/)
      expect(article.excerptDerived).toBe(true)
      expect(article.flags.some((flag) => flag.includes('excerpt'))).toBe(true)
    }
  })

  it('gives each content page its own sha256 fingerprint', () => {
    const content = pages.filter((page) => page.kind !== 'chrome')
    for (const page of content) expect(page.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(new Set(content.map((page) => page.fingerprint)).size).toBe(content.length)
  })

  it('gives the repeated information-packet prompts one fingerprint', () => {
    const prompts = pages.filter(
      (page) => page.reason?.includes('information-packet') && page.sourceText.includes('Thanks for your interest!'),
    )
    expect(new Set(prompts.map((page) => page.fingerprint)).size).toBe(1)
  })
})
