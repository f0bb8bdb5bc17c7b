import { describe, expect, it } from 'vitest'
import { findActionBetween, judgeStateChange, WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../src'
import { A_COMMENT, mayTake, NORMAL_PATH, ROLE_SETS } from './specTable'

const moves = WORKFLOW_STATES.flatMap((from) => WORKFLOW_STATES.filter((to) => to !== from).map((to) => ({ from, to })))

describe.each(ROLE_SETS.map((roles) => ({ roles, who: roles.join(' + ') || 'no roles' })))('raw state changes by $who', ({ roles }) => {
  it.each(moves)('$from → $to', ({ from, to }) => {
    const candidates = WORKFLOW_ACTIONS.filter((action) => NORMAL_PATH[action].to === to && mayTake(roles, action, from))
    const found = findActionBetween(from, to, roles)
    if (candidates.length === 0) {
      expect(found.ok).toBe(false)
      return
    }
    if (!found.ok) throw new Error(`expected a move, got: ${found.reason}`)
    expect(candidates).toContain(found.transition.action)
    // Prefer the normal-path action whenever there is one.
    const normal = candidates.find((action) => NORMAL_PATH[action].from.includes(from))
    if (normal) expect(found.transition.action).toBe(normal)
  })
})

describe('findActionBetween', () => {
  it('names the normal-path action for an admin who could force several', () => {
    const action = (from: 'draft' | 'changes_requested', to: 'in_review') => {
      const found = findActionBetween(from, to, ['admin'])
      return found.ok ? found.transition.action : found.reason
    }
    expect(action('draft', 'in_review')).toBe('submit')
    expect(action('changes_requested', 'in_review')).toBe('resubmit')
  })

  it('lets an admin force any move, e.g. a draft straight to published', () => {
    expect(findActionBetween('draft', 'published', ['admin'])).toMatchObject({ ok: true, transition: { action: 'publish' } })
  })

  it('explains a move the role may not make', () => {
    expect(findActionBetween('in_review', 'approved', ['editor'])).toEqual({
      ok: false,
      reason: "You can't move this article from In review to Approved: only a medical reviewer can approve.",
    })
  })

  it('explains a move that is off the workflow for anyone but an admin', () => {
    expect(findActionBetween('draft', 'published', ['publisher'])).toEqual({
      ok: false,
      reason: "Articles can't move from Draft to Published (only an admin can force that).",
    })
  })

  it('does not treat saving in the same state as a move', () => {
    expect(findActionBetween('approved', 'approved', ['admin']).ok).toBe(false)
  })
})

describe('judgeStateChange (one call for a CMS hook)', () => {
  it('applies the found action’s own rules: request changes still needs a comment', () => {
    const change = { from: 'in_review', to: 'changes_requested', roles: ['medical-reviewer'] } as const
    expect(judgeStateChange(change).ok).toBe(false)
    expect(judgeStateChange({ ...change, comment: A_COMMENT })).toMatchObject({ ok: true, transition: { action: 'request_changes' } })
  })

  it('passes on the refusal when no action fits', () => {
    expect(judgeStateChange({ from: 'draft', to: 'approved', roles: ['medical-reviewer'] })).toEqual({
      ok: false,
      reason: "Articles can't move from Draft to Approved (only an admin can force that).",
    })
  })
})
