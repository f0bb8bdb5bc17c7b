import { describe, expect, it } from 'vitest'
import { KNOWN_CONDITIONS } from '../src/index'
import { deriveExcerpt } from '../src/excerpt'
import { cutAtWord, splitSentences } from '../src/sentences'
import { guideTitle, nameInSentence, summaryTitle } from '../src/titles'

describe('sentences', () => {
  it('splits at sentence ends but not after "et al.", "e.g." or initials', () => {
    expect(splitSentences('Tambe et al. Examine MSCs. They work, e.g. In mice. J. Smith agrees! Does it? Yes.')).toEqual([
      'Tambe et al. Examine MSCs.',
      'They work, e.g. In mice.',
      'J. Smith agrees!',
      'Does it?',
      'Yes.',
    ])
  })

  it('cuts after a whole word and marks the cut', () => {
    expect(cutAtWord('one two three four', 12)).toBe('one two…')
    expect(cutAtWord('short', 12)).toBe('short')
  })
})

describe('excerpts', () => {
  const sentence = (n: number) => `Sentence number ${n} says a little more about the subject of the page.`

  it('keeps whole sentences of the first paragraph within 300 characters', () => {
    const paragraph = Array.from({ length: 10 }, (_, index) => sentence(index + 1)).join(' ')
    const excerpt = deriveExcerpt([paragraph])!
    expect(excerpt.length).toBeLessThanOrEqual(300)
    expect(excerpt).toMatch(/page\.$/)
    expect(paragraph.startsWith(excerpt)).toBe(true)
    expect(excerpt.length + sentence(5).length + 1).toBeGreaterThan(300)
  })

  it('goes on to the next paragraph only when the first is very short', () => {
    expect(deriveExcerpt(['Short start.', sentence(1), sentence(2)])).toBe(`Short start. ${sentence(1)} ${sentence(2)}`)
    expect(deriveExcerpt([`${sentence(1)} ${sentence(2)}`, sentence(3)])).toBe(`${sentence(1)} ${sentence(2)}`)
  })

  it('cuts a first sentence longer than 300 characters after a word, with "…"', () => {
    const long = `${'word '.repeat(100).trim()}.`
    const excerpt = deriveExcerpt([long])!
    expect(excerpt.length).toBeLessThanOrEqual(300)
    expect(excerpt).toMatch(/word…$/)
  })

  it('gives no excerpt without a paragraph', () => {
    expect(deriveExcerpt([])).toBeUndefined()
  })
})

describe('titles', () => {
  const condition = (slug: string) => KNOWN_CONDITIONS.find((known) => known.slug === slug)!

  it('writes condition names mid-sentence, keeping eponyms and acronyms', () => {
    expect(nameInSentence('Spinal cord injury')).toBe('spinal cord injury')
    expect(nameInSentence("Parkinson's disease")).toBe("Parkinson's disease")
    expect(nameInSentence('COPD')).toBe('COPD')
  })

  it("titles a guide with its repeated '<treatment> for <condition>' phrase, or else the condition", () => {
    const text = 'Stem cell therapy for stroke is studied. Regenerative medicine for stroke helps. Stem cell treatment for stroke again.'
    expect(guideTitle(condition('stroke'), text, undefined, undefined)!.title).toBe('Stem cell therapy for stroke')
    expect(guideTitle(condition('stroke'), 'Stem cell therapy for stroke, once.', undefined, undefined)!.title).toBe(
      'Stroke: a patient guide',
    )
    expect(guideTitle(condition('lupus'), '', undefined, undefined)!.title).toBe('Lupus: a patient guide')
  })

  it("titles a summary with its paper's title, or its first heading when the citation could not be read", () => {
    const citation = { authors: ['Doe J'], title: 'a lower-case paper title', journal: 'J', year: 2020 }
    expect(summaryTitle(citation, 'Heading', 'Paragraph.')!.title).toBe('A lower-case paper title')
    expect(summaryTitle(undefined, 'First Heading', 'Paragraph.')!.title).toBe('First Heading')
    expect(summaryTitle(undefined, undefined, 'First sentence here. Second one.')!.title).toBe('First sentence here')
  })

  it('keeps titles within the CMS limit of 200 characters', () => {
    const citation = { authors: ['Doe J'], title: 'word '.repeat(60).trim(), journal: 'J', year: 2020 }
    const title = summaryTitle(citation, undefined, undefined)!.title
    expect(title.length).toBeLessThanOrEqual(200)
    expect(title).toMatch(/word…$/)
  })
})
