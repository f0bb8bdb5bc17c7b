import { describe, expect, it } from 'vitest'
import { parseCitation } from '../src/index'
import { REAL_CITATIONS } from './fixtures/realCitations'

describe('parseCitation on real citations collected from public pages', () => {
  it('has at least sixty of them, each with its source', () => {
    expect(REAL_CITATIONS.length).toBeGreaterThanOrEqual(60)
    for (const fixture of REAL_CITATIONS) expect(fixture.source).toMatch(/^(?:cureffi:_posts\/|index:\d+ \()/)
  })

  it.each(REAL_CITATIONS)('$shape — $source', ({ text, expected, warnings }) => {
    const result = parseCitation(text)
    if (!result.ok) expect.fail(`expected a citation, got errors: ${JSON.stringify(result.errors)}`)
    expect(result.citation).toStrictEqual(expected)
    expect(result.warnings.map((warning) => warning.code)).toStrictEqual(warnings)
  })
})
