import { describe, expect, it } from 'vitest'

import { decideTransition } from '../src'

describe('a refusal names what is being moved', () => {
  it('says "this condition is Draft" for a condition and "this article" when nothing is said', () => {
    const forCondition = decideTransition({ from: 'draft', action: 'approve', roles: ['medical-reviewer'], noun: 'condition' })
    expect(forCondition).toEqual({ ok: false, reason: '“Approve” is only possible from In review; this condition is Draft.' })
    const unnamed = decideTransition({ from: 'draft', action: 'approve', roles: ['medical-reviewer'] })
    expect(unnamed.ok ? '' : unnamed.reason).toMatch(/this article is Draft\.$/)
  })
})
