import { describe, expect, it } from 'vitest'
import { buildBody } from '../src/body'
import { headingLevels, isHeadingLike, isTitleCase, mayStartWithMergedHeading, type DraftBlock } from '../src/headings'
import { findListRuns } from '../src/lists'
import { blocksOf } from './helpers'

const lines = (...texts: string[]) => texts.map((text, index) => ({ number: index + 1, text }))
const LONG =
  'This paragraph is long enough to be nothing but a paragraph, as it goes on well past the length of any heading on the site, and then some more, to be certain of it.'

describe('headings: short lines with no full stop at the end', () => {
  it.each([
    'Common Causes of Spinal Cord Injury',
    'Complete vs. Partial Injury Overview',
    'Stem Cell Therapy for ALS (Amyotrophic Lateral Sclerosis)',
    'Defining Spinal Cord Injury: Causes and Impact',
    '5 Ways to Sleep Better',
    'Types of MSCs',
  ])('%s is a heading', (line) => expect(isHeadingLike(line)).toBe(true))

  it.each([
    'NGF gene therapy has shown promise in early trials.',
    'According to the authors, MSCs offer multiple benefits for SCI treatment, including:',
    'Thanks for your interest!',
    'Is it safe?',
    'and then the sentence went on',
    '12345',
    'A'.repeat(40) + ' ' + 'b'.repeat(70),
    LONG.replace(/\.$/, ''),
  ])('%s is not a heading', (line) => expect(isHeadingLike(line)).toBe(false))

  it('tells Title Case headings from list items', () => {
    expect(isTitleCase('Eating for Steady Energy')).toBe(true)
    expect(isTitleCase('Avoid caffeine after lunch')).toBe(false)
  })

  it('makes a heading with a short intro and a subheading after it an h2 over h3s, and the last heading an h2', () => {
    const drafts: DraftBlock[] = [
      { kind: 'paragraph', text: LONG },
      { kind: 'heading', text: 'Section' },
      { kind: 'paragraph', text: 'A short introduction.' },
      { kind: 'heading', text: 'Subsection One' },
      { kind: 'paragraph', text: LONG },
      { kind: 'paragraph', text: LONG },
      { kind: 'heading', text: 'Subsection Two' },
      { kind: 'paragraph', text: `${LONG} ${LONG}` },
      { kind: 'heading', text: 'Closing' },
      { kind: 'paragraph', text: LONG },
    ]
    expect([...headingLevels(drafts).entries()]).toEqual([
      [1, 2],
      [3, 3],
      [6, 3],
      [8, 2],
    ])
  })

  it('gives a page without such sections only h2s', () => {
    const drafts: DraftBlock[] = [
      { kind: 'heading', text: 'One' },
      { kind: 'paragraph', text: LONG },
      { kind: 'paragraph', text: LONG },
      { kind: 'heading', text: 'Two' },
      { kind: 'paragraph', text: `${LONG} ${LONG} ${LONG}` },
      { kind: 'heading', text: 'Three' },
      { kind: 'paragraph', text: LONG },
    ]
    expect([...headingLevels(drafts).values()]).toEqual([2, 2, 2])
  })

  it('reports a paragraph that seems to start with a heading, but not one that defines an abbreviation', () => {
    expect(mayStartWithMergedHeading('Cell-based Therapies for Parkinson’s Disease Cell-based therapies are gaining attention.')).toBe(
      'Cell-based Therapies for Parkinson’s Disease',
    )
    expect(mayStartWithMergedHeading('Hematopoietic Stem Cells (HSCs) are the type of stem cells that create blood.')).toBeUndefined()
    expect(mayStartWithMergedHeading('At Stemedix, We Care about you.')).toBeUndefined()
    expect(mayStartWithMergedHeading('Stem cells for the treatment of spinal cord injury are explored.')).toBeUndefined()
  })
})

describe('lists: runs of short lines', () => {
  it('takes labelled items after a line ending in ":" and stops at the next heading', () => {
    const runs = findListRuns([
      'Each type has advantages:',
      'BMSCs: These cells differentiate.',
      'AD-MSCs: Sourced from fat tissue.',
      'Future Directions',
      LONG,
    ])
    expect(runs).toEqual([
      { start: 1, end: 3, ordered: false, items: ['BMSCs: These cells differentiate.', 'AD-MSCs: Sourced from fat tissue.'] },
    ])
  })

  it('takes short items after a line ending in ":" up to a long paragraph', () => {
    const runs = findListRuns(['You will need:', 'Comfortable shoes', 'A water bottle', 'A friend', LONG])
    expect(runs).toEqual([{ start: 1, end: 4, ordered: false, items: ['Comfortable shoes', 'A water bottle', 'A friend'] }])
  })

  it('needs at least two items after a lead-in', () => {
    expect(findListRuns(['Remember one thing:', LONG, LONG])).toEqual([])
  })

  it('takes three or more short lines in a row without a lead-in, but not a heading and a short paragraph', () => {
    expect(findListRuns([LONG, 'Walk daily.', 'Sleep well.', 'Eat greens.', LONG])).toEqual([
      { start: 1, end: 4, ordered: false, items: ['Walk daily.', 'Sleep well.', 'Eat greens.'] },
    ])
    expect(findListRuns([LONG, 'A Heading', 'A short paragraph.', LONG])).toEqual([])
  })

  it('strips bullets and numbers, and numbers make an ordered list', () => {
    expect(findListRuns(['• One thing', '• Another thing'])).toEqual([
      { start: 0, end: 2, ordered: false, items: ['One thing', 'Another thing'] },
    ])
    expect(findListRuns(['1. First', '2) Second', '3. Third'])).toEqual([
      { start: 0, end: 3, ordered: true, items: ['First', 'Second', 'Third'] },
    ])
  })

  it('never takes a call to action as an item', () => {
    const runs = findListRuns(['Try these:', 'Walk daily', 'Sleep well', 'Call us at (727) 555-0100 to learn more.'])
    expect(runs).toEqual([{ start: 1, end: 3, ordered: false, items: ['Walk daily', 'Sleep well'] }])
  })
})

describe('buildBody', () => {
  it('puts paragraphs, headings and lists in page order, dropping nothing', () => {
    const body = buildBody(
      lines(LONG, 'What to Bring', 'You will need:', 'Comfortable shoes', 'A water bottle', 'Call us at (727) 555-0100 to book.'),
    )
    expect(blocksOf(body.document)).toEqual([
      { type: 'p', text: LONG },
      { type: 'h2', text: 'What to Bring' },
      { type: 'p', text: 'You will need:' },
      { type: 'ul', items: ['Comfortable shoes', 'A water bottle'] },
      { type: 'p', text: 'Call us at (727) 555-0100 to book.' },
    ])
  })

  it('reports the line number of a paragraph that may start with a merged heading', () => {
    const body = buildBody(lines(LONG, 'Cell-based Therapies for Parkinson’s Disease Cell-based therapies are gaining attention.'))
    expect(body.mergedHeadings).toEqual([{ line: 2, heading: 'Cell-based Therapies for Parkinson’s Disease' }])
  })
})
