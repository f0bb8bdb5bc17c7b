import { describe, expect, it } from 'vitest'

import { findMentions } from '../src'

const staff = [
  { id: 1, name: 'Ada', email: 'ada@clinic.example' },
  { id: 2, name: 'Ada Lovelace', email: 'lovelace@clinic.example' },
  { id: 3, name: 'Dr. Rui Reviewer', email: 'rui@clinic.example' },
  { id: 4, name: null, email: 'pat@clinic.example' },
]

describe('findMentions', () => {
  it('finds people by full name or e-mail address, in any case, once each, in order', () => {
    expect(findMentions('@dr. rui reviewer please look; cc @PAT@clinic.example and @Dr. Rui Reviewer again', staff)).toEqual([3, 4])
  })

  it('takes the longest name that fits, and only whole names', () => {
    expect(findMentions('@Ada Lovelace, what do you think?', staff)).toEqual([2])
    expect(findMentions('@Ada, what do you think?', staff)).toEqual([1])
    expect(findMentions('@Adam has no account', staff)).toEqual([])
  })

  it('ignores an @ inside a word and an @ that names nobody', () => {
    expect(findMentions('write to ada@clinic.example or @nobody', staff)).toEqual([])
    expect(findMentions('no mentions here', staff)).toEqual([])
  })
})
