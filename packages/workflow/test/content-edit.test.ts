import { describe, expect, it } from 'vitest'
import { stateAfterContentEdit, WORKFLOW_STATES } from '../src'

describe('editing the content of an article', () => {
  it.each(['draft', 'in_review', 'changes_requested'] as const)('keeps %s as it is, silently', (state) => {
    expect(stateAfterContentEdit(state)).toEqual({
      nextState: state,
      publishedVersionStaysLive: false,
      cancelsScheduledPublish: false,
      notice: null,
    })
  })

  it('sends approved content back to review and cancels its scheduled publishing', () => {
    expect(stateAfterContentEdit('approved')).toMatchObject({
      nextState: 'in_review',
      publishedVersionStaysLive: false,
      cancelsScheduledPublish: true,
    })
    expect(stateAfterContentEdit('approved').notice).toMatch(/back to medical review/)
  })

  it('turns published content into a new working draft while the published version stays live', () => {
    expect(stateAfterContentEdit('published')).toMatchObject({
      nextState: 'draft',
      publishedVersionStaysLive: true,
      cancelsScheduledPublish: false,
    })
    expect(stateAfterContentEdit('published').notice).toMatch(/published version stays live/)
  })

  it.each(['unpublished', 'archived'] as const)('keeps %s: it is off the site and can only return through review', (state) => {
    expect(stateAfterContentEdit(state)).toMatchObject({ nextState: state, publishedVersionStaysLive: false })
  })

  it('only ever keeps a live version for published content', () => {
    const keepingLive = WORKFLOW_STATES.filter((state) => stateAfterContentEdit(state).publishedVersionStaysLive)
    expect(keepingLive).toEqual(['published'])
  })

  it('never leaves edited content approved or published (what a reviewer signed off must not change unseen)', () => {
    for (const state of WORKFLOW_STATES) {
      expect(['approved', 'published']).not.toContain(stateAfterContentEdit(state).nextState)
    }
  })
})
