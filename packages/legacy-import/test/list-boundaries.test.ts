import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildBody } from '../src/body'
import { findListRuns } from '../src/lists'
import { blocksOf } from './helpers'

const lines = (...texts: string[]) => texts.map((text, index) => ({ number: index + 1, text }))
const itemsOf = (texts: string[]) => findListRuns(texts).map((run) => run.items)

/** Issue 20: a list ends where its items end; the paragraph after it stays a paragraph. */
describe('a list ends where its items end', () => {
  it('a closing sentence after short items without full stops', () => {
    expect(itemsOf(['You will need:', 'Comfortable shoes', 'A water bottle', 'A friend', 'Bring them to every session.'])).toEqual([
      ['Comfortable shoes', 'A water bottle', 'A friend'],
    ])
  })

  it('a closing paragraph of two sentences after items that each end with a full stop', () => {
    expect(
      itemsOf([
        'Small habits help:',
        'Walk daily.',
        'Sleep well.',
        'Eat greens.',
        'None of this replaces treatment. Ask your doctor first.',
      ]),
    ).toEqual([['Walk daily.', 'Sleep well.', 'Eat greens.']])
  })

  it('a closing sentence far longer than the items, all ending with full stops', () => {
    const closing = 'Together, these simple changes can make a real difference to how you feel during recovery.'
    expect(itemsOf(['Small habits help:', 'Walk daily.', 'Sleep well.', 'Eat greens.', closing])).toEqual([
      ['Walk daily.', 'Sleep well.', 'Eat greens.'],
    ])
    expect(
      itemsOf([
        'An opening paragraph, long enough that it can only be a paragraph: it runs well past a hundred characters.',
        'Walk daily.',
        'Sleep well.',
        'Eat greens.',
        closing,
      ]),
    ).toEqual([['Walk daily.', 'Sleep well.', 'Eat greens.']])
  })

  it('items of similar length that all end with full stops stay together', () => {
    expect(itemsOf(['Benefits include:', 'Less pain when walking.', 'Better sleep at night.', 'More energy during the day.'])).toEqual([
      ['Less pain when walking.', 'Better sleep at night.', 'More energy during the day.'],
    ])
  })

  it('a bulleted list followed by a sentence', () => {
    expect(itemsOf(['• Walk daily', '• Sleep well', 'These habits support recovery.'])).toEqual([['Walk daily', 'Sleep well']])
  })

  it('a list followed by a heading', () => {
    const body = buildBody(
      lines(
        'You will need:',
        'Comfortable shoes',
        'A water bottle',
        'What to Expect',
        'The first visit takes about an hour, and we will answer every question you bring along.',
      ),
    )
    expect(blocksOf(body.document)).toEqual([
      { type: 'p', text: 'You will need:' },
      { type: 'ul', items: ['Comfortable shoes', 'A water bottle'] },
      { type: 'h2', text: 'What to Expect' },
      { type: 'p', text: 'The first visit takes about an hour, and we will answer every question you bring along.' },
    ])
  })

  it('a list followed by another list', () => {
    expect(itemsOf(['Bring:', 'Shoes', 'Water', 'Leave at home:', 'Jewellery', 'Perfume'])).toEqual([
      ['Shoes', 'Water'],
      ['Jewellery', 'Perfume'],
    ])
  })

  it('a list as the last thing on the page', () => {
    const body = buildBody(lines('You will need:', 'Comfortable shoes', 'A water bottle'))
    expect(blocksOf(body.document)).toEqual([
      { type: 'p', text: 'You will need:' },
      { type: 'ul', items: ['Comfortable shoes', 'A water bottle'] },
    ])
  })

  it('in the export, each labelled list ends before the heading that follows it', () => {
    const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
    const exportLines = readFileSync(resolve(repoRoot, '..', 'shared/legacy-site/current-site-1.txt'), 'utf8').split(/\r?\n/)
    const start = exportLines.findIndex((line) => line.startsWith('The three main types of MSCs used in clinical practice'))
    expect(start).toBeGreaterThan(-1)
    const runs = findListRuns(exportLines.slice(start, start + 11))
    expect(runs.map(({ start: first, end }) => [first, end])).toEqual([
      [1, 4],
      [6, 10],
    ])
    expect(exportLines[start + 10]).toBe('Future Directions')
  })
})
