import { describe, expect, it } from 'vitest'

import { ARTICLE_TYPES, READING_GRADE_TARGETS, readabilityReport, readingGrade } from '../src'

const plain = 'The cells went into the knee. Pain went down a bit. Walking got a little easier for most people. The effect lasted a year.'
const dense =
  'Intra-articular administration of autologous mesenchymal stromal cells demonstrated statistically significant improvements in patient-reported functional outcomes, notwithstanding considerable heterogeneity in methodological quality among the randomized controlled investigations evaluated.'

describe('readingGrade (Flesch–Kincaid)', () => {
  it('follows the formula: 0.39 × words per sentence + 11.8 × syllables per word − 15.59', () => {
    // 12 one-syllable words in 2 sentences: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45
    expect(readingGrade('The cat sat on the mat. The dog ran to the box.')).toEqual({
      grade: Math.round((0.39 * 6 + 11.8 * 1 - 15.59) * 10) / 10,
      words: 12,
      sentences: 2,
    })
  })

  it('puts plain writing several grades below dense academic prose', () => {
    const easy = readingGrade(plain)!.grade
    const hard = readingGrade(dense)!.grade
    expect(easy).toBeLessThan(READING_GRADE_TARGETS['research-summary'])
    expect(hard).toBeGreaterThan(20)
  })

  it('does not judge text too short to measure', () => {
    expect(readingGrade('Knee pain.')).toBeNull()
    expect(readingGrade('')).toBeNull()
  })
})

describe('readabilityReport', () => {
  it('gives a target for every article type and grades excerpt and body apart', () => {
    for (const type of ARTICLE_TYPES) expect(READING_GRADE_TARGETS[type]).toBeGreaterThan(0)
    const report = readabilityReport({ type: 'lifestyle-post', excerpt: plain, body: dense })
    expect(report.target).toBe(7)
    expect(report.excerpt!.grade).toBeLessThan(report.body!.grade)
  })
})
