import { describe, expect, it } from 'vitest'
import { CLAIM_RULES, scanText } from '../../src'
import { RULE_EXAMPLES } from './ruleExamples'

describe('claim rules', () => {
  it('have unique kebab-case ids, each with examples in the spec', () => {
    const ids = CLAIM_RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    expect(ids.sort()).toEqual(Object.keys(RULE_EXAMPLES).sort())
  })

  it('explain the risk and offer wording for the editor', () => {
    for (const rule of CLAIM_RULES) {
      expect(rule.label.trim(), rule.id).not.toBe('')
      expect(rule.why, rule.id).toMatch(/FTC|FDA|regulators/)
      expect(rule.suggestion.trim(), rule.id).not.toBe('')
    }
  })

  it('are valid regex sources', () => {
    for (const rule of CLAIM_RULES) expect(() => new RegExp(rule.pattern), rule.id).not.toThrow()
  })
})

describe.each(CLAIM_RULES.map((rule) => ({ id: rule.id, ...RULE_EXAMPLES[rule.id] })))('rule $id', ({ id, flags, allows }) => {
  it.each(flags ?? [])('flags: %s', (sentence) => {
    const finding = scanText(sentence, 'body').find((f) => f.ruleId === id)
    expect(finding, `no ${id} finding`).toBeDefined()
    // Matches start and end on a word character, or the \b that wraps every pattern would not hold.
    expect(finding?.match).toMatch(/^\w(?:.*\w)?$/)
  })

  it.each(allows ?? [])('allows the negated: %s', (sentence) => {
    expect(scanText(sentence, 'body')).toEqual([])
  })
})

describe('word boundaries', () => {
  it.each([
    'Secure your appointment.',
    'An incurable condition.',
    'Our curator selected these studies.',
    'Its miraculousness is overstated.',
  ])('do not flag words that merely contain a risky word: %s', (sentence) => {
    expect(scanText(sentence, 'body')).toEqual([])
  })
})
