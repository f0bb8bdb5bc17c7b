import { describe, expect, it } from 'vitest'

import { allowedEdits, editDistance } from '../../src/collections/Articles/search/editDistance'
import { expandQuery, type VocabularyFacts } from '../../src/collections/Articles/search/expandQuery'
import { rangesOfMarked } from '../../src/collections/Articles/search/highlights'
import { parseQueryUnits, wordsOf } from '../../src/collections/Articles/search/queryUnits'

const vocabularyOf = (words: string[]): VocabularyFacts => ({
  isKnown: (word) => words.includes(word),
  closeWords: () => words.map((word) => ({ word, documents: 1 })),
})

describe('query expansion, pure', () => {
  it('counts a swap of neighbouring letters as one edit, and allows edits by word length', () => {
    expect(editDistance('alzhiemers', 'alzheimers')).toBe(1)
    expect(editDistance('parkinsns', 'parkinsons')).toBe(1)
    expect(editDistance('kne', 'knee')).toBe(1)
    expect([allowedEdits('ms'), allowedEdits('knee'), allowedEdits('fibrosis'), allowedEdits('2024')]).toEqual([0, 1, 2, 0])
  })

  it('reads websearch syntax and splits words as the vocabulary does', () => {
    expect(wordsOf("Lou Gehrig's STEM-cell")).toEqual(['lou', 'gehrigs', 'stem', 'cell'])
    expect(parseQueryUnits('"knee pain" or hip -surgery')).toEqual([
      { words: ['knee', 'pain'], phrase: true, negated: false, orWithPrevious: false },
      { words: ['hip'], phrase: false, negated: false, orWithPrevious: true },
      { words: ['surgery'], phrase: false, negated: true, orWithPrevious: false },
    ])
  })

  it('corrects only unknown words within the limit, never an excluded one', () => {
    const vocabulary = vocabularyOf(['parkinsons', 'surgery', 'knee'])
    const expansion = expandQuery(parseQueryUnits('parkinsns -surgry knee'), vocabulary, [])
    expect(expansion.correctedQuery).toBe('parkinsons -surgry knee')
    expect(expansion.units.map((unit) => unit.alternatives.map((a) => a.text))).toEqual([['parkinsns', 'parkinsons'], ['surgry'], ['knee']])
    expect(expandQuery(parseQueryUnits('knee'), vocabulary, []).broadened).toBe(false)
  })

  it('names the condition a whole query spells by an alias first', () => {
    const groups = [{ forms: ['Amyotrophic lateral sclerosis', "Lou Gehrig's disease"], conditionId: 7 }]
    const expansion = expandQuery(
      parseQueryUnits('lou gehrigs disease'),
      vocabularyOf(['lou', 'gehrigs', 'disease', 'amyotrophic', 'lateral', 'sclerosis']),
      groups,
    )
    expect(expansion.conditionIds).toEqual([7])
    expect(expansion.units).toHaveLength(1)
    expect(expansion.units[0]!.alternatives.map((a) => a.text)).toContain('Amyotrophic lateral sclerosis')
  })

  it('turns ts_headline markers into offsets, and refuses a text it cannot align', () => {
    expect(rangesOfMarked('\uE000Stem\uE001 \uE000cells\uE001 for \uE000knees\uE001', 'Stem cells for knees')).toEqual([
      [0, 10],
      [15, 20],
    ])
    expect(rangesOfMarked('\uE000Stem\uE001 cells', 'Stem  cells')).toEqual([])
  })
})
