import { describe, expect, it } from 'vitest'
import { formatShortLabel } from '../src/index'

describe('formatShortLabel', () => {
  it.each([
    ['three or more authors: the first, then "et al."', ['Xia Y', 'Zhu J', 'Yang R'], 'Xia Y et al., Front Immunol 2023'],
    ['one author: the author alone', ['Xia Y'], 'Xia Y, Front Immunol 2023'],
    ['two authors: both, since "et al." would hide only one', ['Xia Y', 'Li Z'], 'Xia Y, Li Z, Front Immunol 2023'],
    ['a group author is named in full', ['GBD 2017 Collaborators'], 'GBD 2017 Collaborators, Front Immunol 2023'],
    ['no author: the journal and year alone', [], 'Front Immunol 2023'],
    ['blank author entries are skipped and spaces trimmed', ['  Xia Y ', ' '], 'Xia Y, Front Immunol 2023'],
  ])('%s', (_name, authors, expected) => {
    expect(formatShortLabel({ authors, journal: 'Front Immunol', year: 2023 })).toBe(expected)
  })
})
