/**
 * The rules the CMS used to decide itself (issue 19): who may ever take an action, who may accept
 * a claims finding or change publication details, what happens next, and scheduling. Checked
 * against the hand-written restatement in spec-table.ts, not against the transition table.
 */
import { describe, expect, it } from 'vitest'

import {
  claimAcceptanceRefusal,
  isPrePublication,
  keepsSchedule,
  mayAcceptClaimFindings,
  mayTakeAction,
  nextSteps,
  publicationDetailsRefusal,
  scheduleRefusal,
  whoMayRefusal,
  WORKFLOW_ACTIONS,
  WORKFLOW_STATES,
  type WorkflowAction,
} from '../src'
import { mayTake, NORMAL_PATH, ROLE_SETS } from './specTable'

describe('who may ever take an action', () => {
  for (const roles of ROLE_SETS) {
    for (const action of WORKFLOW_ACTIONS) {
      const expected = WORKFLOW_STATES.some((from) => mayTake(roles, action, from))
      it(`${roles.join('+') || 'no role'} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect(mayTakeAction(action, roles)).toBe(expected)
        const refusal = whoMayRefusal(action, roles)
        if (expected) expect(refusal).toBeNull()
        else expect(refusal).toMatch(/^Only .+ can .+\.$/)
      })
    }
  }
})

describe('claims findings and publication details', () => {
  it('lets medical reviewers and admins accept a finding, nobody else', () => {
    for (const roles of ROLE_SETS) {
      const expected = roles.includes('medical-reviewer') || roles.includes('admin')
      expect(mayAcceptClaimFindings(roles)).toBe(expected)
      expect(claimAcceptanceRefusal(roles) === null).toBe(expected)
    }
  })

  it('lets publishers and admins change the date or author of approved or live content', () => {
    for (const roles of ROLE_SETS) {
      const expected = roles.includes('publisher') || roles.includes('admin')
      expect(publicationDetailsRefusal(roles, 'publication date') === null).toBe(expected)
    }
    expect(publicationDetailsRefusal(['editor'], 'publication date and author')).toBe(
      'Only a publisher or an admin can change the publication date and author of approved or published content.',
    )
  })
})

describe('what happens next', () => {
  it('names every action from a state that this person was not offered, with who takes it', () => {
    for (const state of WORKFLOW_STATES) {
      // An admin-only step (an override) is nobody's next step to wait for.
      const fromHere = (Object.keys(NORMAL_PATH) as WorkflowAction[]).filter(
        (action) => NORMAL_PATH[action].from.includes(state) && NORMAL_PATH[action].roles.join() !== 'admin',
      )
      expect(nextSteps(state, new Set()).length).toBe(fromHere.length)
      expect(nextSteps(state, new Set([...fromHere, 'override_approve']))).toEqual([])
    }
    expect(nextSteps('in_review', new Set(['override_approve']))).toEqual([
      'Request changes (a medical reviewer)',
      'Approve (a medical reviewer)',
    ])
  })

  it('shows publish gates only before publication', () => {
    expect(WORKFLOW_STATES.filter(isPrePublication)).toEqual(['draft', 'in_review', 'changes_requested', 'approved'])
  })
})

describe('scheduling', () => {
  const now = new Date('2026-05-01T08:00:00.000Z')
  it('takes a time in the future only', () => {
    expect(scheduleRefusal('2026-05-01T08:00:01.000Z', now)).toBeNull()
    for (const bad of ['2026-05-01T08:00:00.000Z', '2026-04-30T08:00:00.000Z', 'next Tuesday', '', null, undefined]) {
      expect(scheduleRefusal(bad, now)).toBe('“Schedule publishing” needs a publish date and time in the future.')
    }
  })

  it('keeps a schedule only while approved', () => {
    expect(WORKFLOW_STATES.filter(keepsSchedule)).toEqual(['approved'])
  })
})
