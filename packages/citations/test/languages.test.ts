import { describe, expect, it } from 'vitest'
import { isLanguageSentence } from '../src/parse/languages'

describe('the language sentence PubMed prints for papers not in English', () => {
  it.each(['German', 'Spanish', 'French', 'English, French', 'Chinese', 'Multiple languages'])('"%s" is one', (sentence) => {
    expect(isLanguageSentence(sentence)).toBe(true)
  })

  it.each(['Review', 'Germany', 'German Shepherd', 'Eye (Lond)', 'English, Frenchmen', ''])('"%s" is not', (sentence) => {
    expect(isLanguageSentence(sentence)).toBe(false)
  })
})
