import { describe, expect, it } from 'vitest'
import { parseLegacyExport, type ImportedPage } from '../src/index'
import { legacyLines, legacySiteText } from './fixtures/legacySite'
import {
  COOKIE_NOTICE,
  LIFESTYLE_POST,
  MS_GUIDE,
  REWORDED_DISCLAIMER,
  STROKE_CITATION,
  STROKE_SUMMARY_WITH_SOURCE,
  STROKE_SUMMARY_WITHOUT_SOURCE,
} from './fixtures/syntheticPages'
import { blocksOf, kindsOf, pagesOf } from './helpers'

const parse = (...parts: string[]): ImportedPage[] => pagesOf(parseLegacyExport(parts.join('\n')))

describe('a lifestyle post', () => {
  const [post] = parse(LIFESTYLE_POST)

  it('is recognised by its everyday-habit topics and its call to action', () => {
    expect(post!.kind).toBe('lifestyle-post')
    expect(post!.conditions).toEqual([])
  })

  it('turns the short lines after "…:" into a bullet list and stops at the next heading', () => {
    expect(blocksOf(post!.body)).toEqual([
      { type: 'p', text: expect.stringMatching(/^Good sleep and a steady routine/) },
      { type: 'h2', text: 'Why Sleep Matters for Recovery' },
      { type: 'p', text: expect.stringMatching(/^During deep sleep/) },
      { type: 'p', text: 'A few habits make restful sleep more likely:' },
      {
        type: 'ul',
        items: [
          'Go to bed and get up at the same time every day',
          'Keep the bedroom dark, quiet and cool',
          'Avoid caffeine after lunch',
          'Put screens away an hour before bedtime',
        ],
      },
      { type: 'h2', text: 'Eating for Steady Energy' },
      { type: 'p', text: expect.stringMatching(/^What you eat/) },
      { type: 'p', text: expect.stringMatching(/^Gentle exercise/) },
      { type: 'p', text: expect.stringMatching(/^Want more tips.*wellness@example\.com\.$/) },
    ])
  })

  it('keeps the call to action and derives a flagged title and excerpt', () => {
    expect(post!.callToAction).toMatch(/^Want more tips/)
    expect(post!.title).toBe('Why Sleep Matters for Recovery')
    expect(post!.titleDerived).toBe(true)
    expect(post!.excerpt).toBe(LIFESTYLE_POST.split('\n')[0])
    expect(post!.flags.some((flag) => flag.includes('list'))).toBe(true)
  })

  it('uses list items that still carry bullets or numbers, without the markers', () => {
    const marked = LIFESTYLE_POST.replace('Go to bed', '• Go to bed')
      .replace('Keep the', '• Keep the')
      .replace('Avoid caffeine', '• Avoid caffeine')
      .replace('Put screens', '• Put screens')
    const numbered = marked.replace(/• /g, (_, offset: number) => `${marked.slice(0, offset).split('• ').length}. `)
    const bulletList = blocksOf(parse(marked)[0]!.body).find((block) => 'items' in block)
    const numberedList = blocksOf(parse(numbered)[0]!.body).find((block) => 'items' in block)
    expect(bulletList).toEqual({
      type: 'ul',
      items: expect.arrayContaining(['Go to bed and get up at the same time every day', 'Avoid caffeine after lunch']),
    })
    expect(numberedList).toEqual({ type: 'ol', items: expect.arrayContaining(['Keep the bedroom dark, quiet and cool']) })
  })
})

describe('a research summary without "Source:"', () => {
  it('ends at its bare citation line, which is parsed into citation data', () => {
    const pages = parse(STROKE_SUMMARY_WITHOUT_SOURCE, MS_GUIDE)
    expect(kindsOf(pages)).toEqual(['research-summary', 'condition-guide'])
    const [summary] = pages
    expect(summary!.citationText).toBe(STROKE_CITATION)
    expect(summary!.citation).toMatchObject({
      authors: ['Rivera M', 'Okafor T', 'Lindqvist E'],
      journal: 'Stem Cell Res Ther',
      year: 2022,
      pmid: '99000001',
    })
    expect(summary!.naturalKeys).toEqual({ doi: '10.5555/synthetic.2022.0088', pmid: '99000001' })
    expect(summary!.conditions!.map((condition) => condition.slug)).toEqual(['stroke'])
    expect(summary!.title).toBe('Mesenchymal stem cells after ischaemic stroke: a review of early clinical trials')
  })

  it('reads the same citation and body with or without "Source:" (the fingerprints differ, as the text does; the natural keys match)', () => {
    const [without] = parse(STROKE_SUMMARY_WITHOUT_SOURCE)
    const [withSource] = parse(STROKE_SUMMARY_WITH_SOURCE)
    expect(withSource!.kind).toBe('research-summary')
    expect(withSource!.citation).toStrictEqual(without!.citation)
    expect(withSource!.naturalKeys).toEqual(without!.naturalKeys)
    expect(withSource!.body).toStrictEqual(without!.body)
  })

  it('is flagged, not dropped, when its "Source:" line cannot be read as a citation', () => {
    const unreadable = STROKE_SUMMARY_WITH_SOURCE.replace(
      `Source: ${STROKE_CITATION}`,
      'Source: the clinic’s notes from a 2021 conference talk',
    )
    const [summary] = parse(unreadable)
    expect(summary!.kind).toBe('research-summary')
    expect(summary!.citation).toBeUndefined()
    expect(summary!.flags.some((flag) => flag.startsWith('The source citation could not be read'))).toBe(true)
  })
})

describe('a condition guide whose call to action has no phone number', () => {
  it('ends at "contact our care coordinators to schedule a consultation" and is about multiple sclerosis', () => {
    const pages = parse(MS_GUIDE, STROKE_SUMMARY_WITH_SOURCE)
    expect(kindsOf(pages)).toEqual(['condition-guide', 'research-summary'])
    expect(pages[0]!.conditions!.map((condition) => condition.slug)).toEqual(['multiple-sclerosis'])
    expect(pages[0]!.title).toBe('Multiple sclerosis: a patient guide')
    expect(pages[0]!.callToAction).toMatch(/schedule a consultation\.$/)
  })

  it('keeps a call to action in two paragraphs together, the last one ending the page', () => {
    const pages = parse(`${MS_GUIDE}\nOr e-mail us at care@example.com and we will reply within a day.`, STROKE_SUMMARY_WITH_SOURCE)
    expect(kindsOf(pages)).toEqual(['condition-guide', 'research-summary'])
    expect(pages[0]!.callToAction).toMatch(/^Or e-mail us/)
  })

  it('does not end at a "call us" paragraph that a heading follows: the page goes on', () => {
    const withMidCta = MS_GUIDE.replace(
      'How Regenerative Medicine May Help',
      'Questions are welcome: call us whenever you are unsure about a symptom.\nHow Regenerative Medicine May Help',
    )
    const pages = parse(withMidCta)
    expect(kindsOf(pages)).toEqual(['condition-guide'])
    expect(pages[0]!.callToAction).toMatch(/schedule a consultation\.$/)
  })
})

describe('pages in another order, and pages shared between two exports', () => {
  const first = pagesOf(parseLegacyExport(legacySiteText))
  const contentOf = (pages: readonly ImportedPage[]) => pages.filter((page) => page.kind !== 'chrome')
  const pageText = (page: ImportedPage) => legacyLines(page.firstLine, page.lastLine)

  it('gives every page the same fingerprint, kind, title and conditions when the pages are reversed', () => {
    const reversed = [...contentOf(first)].reverse().map(pageText).join('\n')
    const second = contentOf(pagesOf(parseLegacyExport(reversed)))
    const summary = (pages: readonly ImportedPage[]) =>
      pages
        .map((page) => ({
          fingerprint: page.fingerprint,
          kind: page.kind,
          title: page.title,
          conditions: page.conditions,
          body: page.body,
        }))
        .sort((a, b) => a.fingerprint.localeCompare(b.fingerprint))
    expect(second).toHaveLength(contentOf(first).length)
    expect(summary(second)).toEqual(summary(contentOf(first)))
  })

  it('recognises the pages two exports share by fingerprint (and summaries also by DOI/PMID)', () => {
    const guide = first.find((page) => page.kind === 'condition-guide')!
    const lupus = first.find((page) => page.citation?.pmid === '36465325')!
    const otherExport = pagesOf(
      parseLegacyExport(
        [LIFESTYLE_POST, pageText(guide), STROKE_SUMMARY_WITH_SOURCE, pageText(lupus), REWORDED_DISCLAIMER, COOKIE_NOTICE].join('\n'),
      ),
    )
    expect(kindsOf(otherExport)).toEqual([
      'lifestyle-post',
      'condition-guide',
      'research-summary',
      'research-summary',
      'site-disclaimer',
      'chrome',
    ])

    const known = new Set(first.map((page) => page.fingerprint))
    const alreadyImported = otherExport.filter((page) => known.has(page.fingerprint))
    expect(alreadyImported.map((page) => page.firstLine)).toEqual([otherExport[1]!.firstLine, otherExport[3]!.firstLine])
    expect(otherExport[3]!.naturalKeys).toEqual(lupus.naturalKeys)
    expect(otherExport[1]!.conditions).toEqual(guide.conditions)
  })

  it('ignores differences of spacing, line endings, quotes, dashes and case in the fingerprint, but not of words', () => {
    const lupus = first.find((page) => page.citation?.pmid === '36465325')!
    const original = pageText(lupus)
    expect(original).toMatch(/[’–]/)
    const retyped = original
      .replace(/ /g, '  ')
      .replace(/’/g, "'")
      .replace(/–/g, '-')
      .replace(/\n/g, '\r\n\r\n')
      .replace('Systemic lupus', 'SYSTEMIC LUPUS')
    const [again] = parse(retyped)
    expect(again!.fingerprint).toBe(lupus.fingerprint)
    expect(again!.lastLine).toBeGreaterThan(lupus.lastLine - lupus.firstLine + 1)
    const [reworded] = parse(original.replace('complex autoimmune disease', 'complicated autoimmune disease'))
    expect(reworded!.fingerprint).not.toBe(lupus.fingerprint)
    expect(reworded!.naturalKeys).toEqual(lupus.naturalKeys)
  })

  it('flags an article that occurs twice in one export', () => {
    const pages = parse(MS_GUIDE, STROKE_SUMMARY_WITH_SOURCE, MS_GUIDE)
    expect(pages[2]!.fingerprint).toBe(pages[0]!.fingerprint)
    expect(pages[2]!.flags.some((flag) => flag.includes('same text as page 1'))).toBe(true)
    expect(pages[0]!.flags.some((flag) => flag.includes('same text'))).toBe(false)
  })
})

describe('pages that cannot be classified', () => {
  it('are reported with a reason, not guessed, next to pages that can', () => {
    const stray =
      'The clinic moved to a new building in the spring. Parking is now available behind the main entrance, and the lifts are on the left.'
    const pages = parse(STROKE_SUMMARY_WITH_SOURCE, stray, COOKIE_NOTICE)
    expect(kindsOf(pages)).toEqual(['research-summary', 'unclassified', 'chrome'])
    expect(pages[1]!.reason).toMatch(/neither a source citation .* nor a call to action/)
    expect(pages[1]!.title).toBeUndefined()
    expect(pages[1]!.body).toBeUndefined()
    expect(pages[1]!.flags).toHaveLength(1)
  })

  it('reports a page that ends in a call to action but is about no known condition and no everyday habit', () => {
    const vague =
      'Our clinic has served patients for over a decade, and our staff speak several languages. We work with physicians across the country.\nTo find out more, call us at (727) 555-0100.'
    const pages = parse(vague, STROKE_SUMMARY_WITH_SOURCE)
    expect(kindsOf(pages)).toEqual(['unclassified', 'research-summary'])
    expect(pages[0]!.reason).toMatch(/names no known condition prominently/)
  })
})
