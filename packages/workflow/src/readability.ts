import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'

import type { ArticleType } from './articleTypes'

/**
 * The school grade each kind of article is written for (Flesch–Kincaid grade level): patients and
 * families read these, so research is explained at about the level of a good newspaper (grade 8)
 * and lifestyle posts a little plainer. Guidance for the writer, never a publish gate.
 */
export const READING_GRADE_TARGETS: Readonly<Record<ArticleType, number>> = {
  'research-summary': 8,
  'condition-guide': 8,
  'lifestyle-post': 7,
}

export interface ReadingGrade {
  /** Flesch–Kincaid grade level, one decimal. */
  grade: number
  words: number
  sentences: number
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' })
const words = new Intl.Segmenter('en', { granularity: 'word' })

/**
 * The Flesch–Kincaid grade level of plain English text (0.39 × words per sentence + 11.8 ×
 * syllables per word − 15.59; the `flesch-kincaid` and `syllable` packages), or null for text too
 * short to judge (fewer than 10 words).
 */
export function readingGrade(text: string): ReadingGrade | null {
  const sentenceCount = [...sentences.segment(text)].filter((segment) => /[\p{L}\p{N}]/u.test(segment.segment)).length
  const wordList = [...words.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment)
  if (wordList.length < 10 || sentenceCount === 0) return null
  const syllables = wordList.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0)
  const grade = fleschKincaid({ sentence: sentenceCount, word: wordList.length, syllable: syllables })
  return { grade: Math.round(grade * 10) / 10, words: wordList.length, sentences: sentenceCount }
}

export interface ReadabilityReport {
  target: number
  excerpt: ReadingGrade | null
  body: ReadingGrade | null
}

/** The excerpt's and the body's grade beside the target for the article's type. */
export function readabilityReport(input: { type: ArticleType; excerpt: string; body: string }): ReadabilityReport {
  return { target: READING_GRADE_TARGETS[input.type], excerpt: readingGrade(input.excerpt), body: readingGrade(input.body) }
}
