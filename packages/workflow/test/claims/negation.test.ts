import { describe, expect, it } from 'vitest'
import { isNegated } from '../../src'

/** isNegated reads the sentence up to the risky phrase. */
describe('isNegated', () => {
  it.each([
    ['a negator right before', 'This therapy is not '],
    ['a contraction, straight or curly', 'We can’t '],
    ['"cannot"', 'We cannot '],
    ['"never" a few words back', 'It has never been shown to '],
    ['"not intended to"', 'This treatment is not intended to '],
    ['"no" right before a noun', 'There is no '],
    ['"no" with an adjective between', 'There is no known '],
    ['"neither … nor"', 'It is neither safe nor '],
    ['a list headed by a negated verb', 'It is not intended to diagnose, treat, '],
    ['a list ending "or …"', 'It does not diagnose, treat, mitigate, prevent, or '],
  ])('sees %s', (_, before) => {
    expect(isNegated(before)).toBe(true)
  })

  it.each([
    ['nothing negative', 'Our stem cell therapy '],
    ['a negator too far back', 'It is not expensive for a treatment that really '],
    ['"no" reaching past its own noun', 'No needles or long recovery needed to '],
    ['"no" heading earlier list items', 'No surgery, no downtime, '],
    ['a new clause after "but"', 'It is not cheap, but it '],
    ['a new clause after "and it"', 'It is not surgery and it '],
    ['a new clause after a comma', 'Without surgery, it '],
    ['a semicolon', 'It is not surgery; it '],
    ['"not only"', 'It not only '],
    ['"no doubt"', 'There is no doubt it '],
  ])('ignores %s', (_, before) => {
    expect(isNegated(before)).toBe(false)
  })
})
