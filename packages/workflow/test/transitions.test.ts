import { describe, expect, it } from 'vitest'
import { decideTransition, fourEyesRefusal, ROLES, TRANSITIONS, WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../src'
import { A_COMMENT, A_PUBLISH_TIME, mayTake, NEEDS_A_COMMENT, NORMAL_PATH, ROLE_SETS } from './specTable'

const everyAction = WORKFLOW_STATES.flatMap((from) => WORKFLOW_ACTIONS.map((action) => ({ from, action })))

describe.each(ROLE_SETS.map((roles) => ({ roles, who: roles.join(' + ') || 'no roles' })))('a user with $who', ({ roles }) => {
  it.each(everyAction)('$action from $from', ({ from, action }) => {
    // Comment and publish time supplied, so only who-and-where decide the outcome here.
    const decision = decideTransition({ from, action, roles, comment: A_COMMENT, publishAt: A_PUBLISH_TIME })
    if (mayTake(roles, action, from)) {
      expect(decision).toMatchObject({ ok: true, to: NORMAL_PATH[action].to, transition: { action } })
      const withoutComment = decideTransition({ from, action, roles, publishAt: A_PUBLISH_TIME })
      expect(withoutComment.ok).toBe(!NEEDS_A_COMMENT.includes(action))
    } else {
      // Refused either for the role (naming who may) or for the state (naming where it starts).
      expect(decision).toEqual({ ok: false, reason: expect.stringMatching(/^Only .+ can |is only possible from/) })
    }
  })
})

describe('refusal reasons name who may act', () => {
  it('tells marketing who can submit', () => {
    expect(decideTransition({ from: 'draft', action: 'submit', roles: ['marketing'] })).toEqual({
      ok: false,
      reason: 'Only an editor or an admin can submit for review.',
    })
  })

  it('tells an editor who can approve', () => {
    expect(decideTransition({ from: 'in_review', action: 'approve', roles: ['editor'] })).toEqual({
      ok: false,
      reason: 'Only a medical reviewer can approve.',
    })
  })

  it('tells a user with no roles who can publish', () => {
    expect(decideTransition({ from: 'approved', action: 'publish', roles: [] })).toEqual({
      ok: false,
      reason: 'Only a publisher or an admin can publish now.',
    })
  })

  it('says which state an action starts from when the role is right but the state is not', () => {
    expect(decideTransition({ from: 'published', action: 'submit', roles: ['editor'] })).toEqual({
      ok: false,
      reason: '“Submit for review” is only possible from Draft; this article is Published.',
    })
    expect(decideTransition({ from: 'draft', action: 'archive', roles: ['publisher'] })).toEqual({
      ok: false,
      reason: '“Archive” is only possible from Published or Unpublished; this article is Draft.',
    })
  })

  it('refuses values that are not actions or states (they arrive from untyped requests)', () => {
    const notAnAction = decideTransition({ from: 'draft', action: 'delete' as never, roles: ['admin'] })
    expect(notAnAction).toEqual({ ok: false, reason: "“delete” isn't a workflow action." })
    const notAState = decideTransition({ from: 'limbo' as never, action: 'submit', roles: ['admin'] })
    expect(notAState).toEqual({ ok: false, reason: "“limbo” isn't a workflow state." })
  })
})

describe('requesting changes needs a comment', () => {
  it.each([undefined, null, '', '   \n '])('is refused for a medical reviewer with comment %j', (comment) => {
    const decision = decideTransition({ from: 'in_review', action: 'request_changes', roles: ['medical-reviewer'], comment })
    expect(decision).toEqual({ ok: false, reason: '“Request changes” needs a comment telling the editor what to change.' })
  })

  it('is refused for an admin without a comment too', () => {
    expect(decideTransition({ from: 'in_review', action: 'request_changes', roles: ['admin'] }).ok).toBe(false)
  })

  it('is allowed with a comment', () => {
    const decision = decideTransition({ from: 'in_review', action: 'request_changes', roles: ['medical-reviewer'], comment: A_COMMENT })
    expect(decision).toMatchObject({ ok: true, to: 'changes_requested' })
  })

  it('is, with an admin override and its reason, the only action that needs one', () => {
    expect(
      TRANSITIONS.filter((t) => t.requiresComment)
        .map((t) => t.action)
        .sort(),
    ).toEqual([...NEEDS_A_COMMENT].sort())
    expect(decideTransition({ from: 'in_review', action: 'approve', roles: ['medical-reviewer'] }).ok).toBe(true)
  })
})

describe('scheduling', () => {
  it.each([undefined, null, '', 'next tuesday'])('needs a valid publish time, not %j', (publishAt) => {
    const decision = decideTransition({ from: 'approved', action: 'schedule', roles: ['publisher'], publishAt })
    expect(decision).toEqual({ ok: false, reason: '“Schedule publishing” needs a valid publish date and time.' })
  })

  it('keeps the article approved, and unscheduling clears the time without changing state', () => {
    const scheduled = decideTransition({ from: 'approved', action: 'schedule', roles: ['publisher'], publishAt: new Date(A_PUBLISH_TIME) })
    expect(scheduled).toMatchObject({ ok: true, to: 'approved', transition: { requiresPublishAt: true } })
    const unscheduled = decideTransition({ from: 'approved', action: 'unschedule', roles: ['publisher'] })
    expect(unscheduled).toMatchObject({ ok: true, to: 'approved', transition: { clearsScheduledPublish: true } })
  })
})

describe('the table itself', () => {
  it('has exactly one row per action, matching the issue', () => {
    expect(TRANSITIONS.map((t) => t.action).sort()).toEqual([...WORKFLOW_ACTIONS].sort())
    for (const transition of TRANSITIONS) {
      const spec = NORMAL_PATH[transition.action]
      expect({ from: transition.from, to: transition.to, roles: transition.roles }).toEqual({
        from: spec.from,
        to: spec.to,
        // Admins are implicit in every row, so an admin-only row lists nobody else.
        roles: spec.roles.includes('admin') ? [] : spec.roles,
      })
    }
  })

  it('gives every action button text and a description', () => {
    for (const transition of TRANSITIONS) {
      expect(transition.label.trim()).not.toBe('')
      expect(transition.description.trim()).not.toBe('')
    }
  })

  it('never lists admin (implicit) or marketing (can do nothing)', () => {
    const listed = new Set(TRANSITIONS.flatMap((t) => t.roles))
    expect([...listed].sort()).toEqual(ROLES.filter((role) => role !== 'admin' && role !== 'marketing').sort())
  })

  it('records a medical review only on approval', () => {
    expect(TRANSITIONS.filter((t) => t.recordsReview).map((t) => t.action)).toEqual(['approve'])
  })

  it('reaches every state from draft, and every state has a way onward (no dead ends)', () => {
    const reached = new Set<string>(['draft'])
    for (let pass = 0; pass < WORKFLOW_STATES.length; pass++) {
      for (const t of TRANSITIONS) if (t.from.some((state) => reached.has(state))) reached.add(t.to)
    }
    expect([...reached].sort()).toEqual([...WORKFLOW_STATES].sort())
    for (const state of WORKFLOW_STATES) {
      expect(TRANSITIONS.some((t) => t.from.includes(state) && t.to !== state)).toBe(true)
    }
  })

  it('never lets unpublished or archived content go live without a fresh review', () => {
    const leavingRetired = TRANSITIONS.filter((t) => t.from.includes('unpublished') || t.from.includes('archived'))
    expect(leavingRetired.map((t) => t.to).sort()).toEqual(['archived', 'draft'])
  })
})

describe('four eyes: nobody signs off their own text', () => {
  const reviewer = 7
  it('lets a reviewer approve what others wrote and edited', () => {
    expect(fourEyesRefusal({ approverId: reviewer, authorId: 3, contributorIds: [3, 4] })).toBeNull()
    expect(fourEyesRefusal({ approverId: reviewer, authorId: null, contributorIds: [] })).toBeNull()
  })

  it('refuses the author, however the ids travelled', () => {
    expect(fourEyesRefusal({ approverId: reviewer, authorId: '7', contributorIds: [] })).toBe(
      'You are the author, so another medical reviewer must approve it.',
    )
  })

  it('refuses anyone who edited the version since its last review', () => {
    expect(fourEyesRefusal({ approverId: reviewer, authorId: 3, contributorIds: [3, '7'] })).toBe(
      'You edited this version since its last review, so another medical reviewer must approve it.',
    )
  })

  it('keeps admins out of the medical sign-off but gives them an override that needs a reason', () => {
    expect(decideTransition({ from: 'in_review', action: 'approve', roles: ['admin'] })).toEqual({
      ok: false,
      reason: 'Only a medical reviewer can approve.',
    })
    expect(decideTransition({ from: 'in_review', action: 'override_approve', roles: ['admin'] }).ok).toBe(false)
    expect(
      decideTransition({
        from: 'in_review',
        action: 'override_approve',
        roles: ['admin'],
        comment: 'Reviewer on leave; text unchanged from the approved 2025 version.',
      }),
    ).toMatchObject({
      ok: true,
      to: 'approved',
      transition: { recordsOverride: true },
    })
    expect(decideTransition({ from: 'in_review', action: 'override_approve', roles: ['medical-reviewer'], comment: 'x' }).ok).toBe(false)
    expect(decideTransition({ from: 'in_review', action: 'approve', roles: ['admin', 'medical-reviewer'] }).ok).toBe(true)
  })
})
