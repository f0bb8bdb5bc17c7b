import { describe, expect, it } from 'vitest'
import { availableActions, decideTransition, WORKFLOW_STATES, type Role, type WorkflowAction, type WorkflowState } from '../src'
import { A_COMMENT, A_PUBLISH_TIME, ROLE_SETS } from './specTable'

const actionsOf = (state: WorkflowState, roles: readonly Role[]) => availableActions(state, roles).map((t) => t.action)

describe('buttons each role sees', () => {
  const expected: Record<WorkflowState, Partial<Record<Role, WorkflowAction[]>>> = {
    draft: { editor: ['submit'] },
    in_review: { 'medical-reviewer': ['request_changes', 'approve'], admin: ['override_approve'] },
    changes_requested: { editor: ['resubmit'] },
    approved: { publisher: ['publish', 'schedule', 'unschedule', 'send_back'], 'medical-reviewer': ['send_back'] },
    published: { publisher: ['unpublish', 'archive'] },
    unpublished: { publisher: ['archive'], editor: ['reopen'] },
    archived: { editor: ['reopen'] },
  }

  it.each(WORKFLOW_STATES)('in %s', (state) => {
    for (const role of ['editor', 'medical-reviewer', 'publisher', 'marketing'] as const) {
      expect({ role, actions: actionsOf(state, [role]) }).toEqual({ role, actions: expected[state][role] ?? [] })
    }
    // An admin sees every button but a medical sign-off, which only a medical reviewer may give.
    const everyNormalPathAction = [...new Set(Object.values(expected[state]).flat())].filter((action) => action !== 'approve')
    expect(actionsOf(state, ['admin']).sort()).toEqual(everyNormalPathAction.sort())
  })

  it('combines the buttons of every role a user holds', () => {
    expect(actionsOf('unpublished', ['editor', 'publisher'])).toEqual(['archive', 'reopen'])
    expect(actionsOf('in_review', ['marketing', 'medical-reviewer'])).toEqual(['request_changes', 'approve'])
  })

  it('shows marketing nothing anywhere', () => {
    for (const state of WORKFLOW_STATES) expect(actionsOf(state, ['marketing'])).toEqual([])
  })

  it('only ever offers actions that decideTransition then accepts', () => {
    for (const roles of ROLE_SETS) {
      for (const from of WORKFLOW_STATES) {
        for (const transition of availableActions(from, roles)) {
          const decision = decideTransition({ from, action: transition.action, roles, comment: A_COMMENT, publishAt: A_PUBLISH_TIME })
          expect(decision.ok).toBe(true)
        }
      }
    }
  })
})
