import { describe, expect, it } from 'vitest'

import { cacheKey, RESPONSE_FORMAT } from '../../src/http/responseCache/cacheKey'

describe('the response cache key', () => {
  it('is the same read however its query is written', () => {
    expect(cacheKey('/articles', '?limit=5&depth=1')).toBe(cacheKey('/articles', '?depth=1&limit=5'))
    expect(cacheKey('/articles', '?where%5Bslug%5D%5Bequals%5D=a')).toBe(cacheKey('/articles', '?where[slug][equals]=a'))
    expect(cacheKey('/articles', '?limit=5')).not.toBe(cacheKey('/articles', '?limit=6'))
  })

  it('changes with the response format, so answers stored by a release of another format are never served', () => {
    expect(cacheKey('/articles/search', '?q=knee', RESPONSE_FORMAT)).toBe(cacheKey('/articles/search', '?q=knee'))
    expect(cacheKey('/articles/search', '?q=knee', RESPONSE_FORMAT - 1)).not.toBe(cacheKey('/articles/search', '?q=knee'))
  })
})
