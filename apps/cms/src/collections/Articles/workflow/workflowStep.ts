import type { PayloadRequest } from 'payload'

import {
  decideTransition,
  formatGateRefusal,
  fourEyesRefusal,
  judgeStateChange,
  keepsSchedule,
  mayTakeAction,
  nextReviewDue,
  type Role,
  scheduleRefusal,
  type Transition,
  TRANSITIONS,
  transitionFor,
  type WorkflowAction,
  type WorkflowState,
  whoMayRefusal,
} from '@clinic/workflow'

import { type Actor, actorId } from './actor'
import type { DecidedEvent } from './context'
import { WorkflowRefusal } from './refusal'
import { REVIEW_KINDS, type ReviewKind } from './reviewKinds'

/** The article data a save is about to write, while the workflow decides what it becomes. */
export type ArticleData = Record<string, unknown>

/** The decisions made for one save, applied to its data as they are taken. */
export class WorkflowStep {
  readonly events: DecidedEvent[] = []
  scheduleChanged = false
  notice: string | null = null
  /** A published version was on the site before this save (read once, with the stored state). */
  wasLive = false

  constructor(
    readonly req: PayloadRequest,
    readonly actor: Actor,
    readonly data: ArticleData,
    public state: WorkflowState,
    readonly kind: ReviewKind = REVIEW_KINDS.articles,
    readonly now: Date = new Date(),
  ) {
    data.workflowState = state
  }

  get roles(): Role[] {
    return this.actor.roles
  }

  /** Apply an allowed transition: new state, review record, schedule, trail entry. */
  apply(transition: Transition, details: { comment?: string | null; publishAt?: string | null; from?: WorkflowState } = {}): void {
    const from = details.from ?? this.state
    if (transition.medicalSignOff) this.assertFourEyes()
    this.events.push({ kind: transition.action, from, to: transition.to, comment: details.comment?.trim() || null })
    this.moveTo(transition.to)
    if (transition.recordsReview) this.recordReview()
    if (transition.recordsOverride) this.recordOverride()
    if (transition.action === 'schedule') this.schedule(details.publishAt ?? null)
    if (transition.clearsScheduledPublish) this.clearSchedule()
  }

  /** A state change that isn't an action: content edited (approved → in review, published → new draft). */
  moveForContentEdit(to: WorkflowState, notice: string | null, cancelsSchedule: boolean): void {
    if (to !== this.state) this.events.push({ kind: 'content_edit', from: this.state, to, comment: notice })
    this.moveTo(to)
    if (cancelsSchedule) this.clearSchedule()
    this.notice = notice
  }

  /** Take an action by name, judged from the current state with the actor's roles. */
  take(action: WorkflowAction, details: { comment?: string | null; publishAt?: string | null } = {}): void {
    const decision = decideTransition({ from: this.state, action, roles: this.roles, noun: this.kind.noun, ...details })
    if (!decision.ok) throw refusalFor(action, this.roles, decision.reason)
    this.apply(decision.transition, details)
  }

  /** A raw state change (trusted local-API callers): the action that makes it, with all its rules. */
  moveRawTo(to: WorkflowState): void {
    const decision = judgeStateChange({ from: this.state, to, roles: this.roles })
    if (!decision.ok) {
      const anyoneCould = TRANSITIONS.some((transition) => transition.to === to && mayTakeAction(transition.action, this.roles))
      throw new WorkflowRefusal(decision.reason, anyoneCould ? 'not-ready' : 'forbidden')
    }
    this.apply(decision.transition)
  }

  /**
   * Publishing: only a publisher or an admin, and only when every publish gate passes for the
   * content being published, in the state it would be in (content changed since approval counts
   * as not approved).
   */
  async publish(gateState: WorkflowState, comment?: string | null): Promise<void> {
    this.assertMayTake('publish')
    await this.assertGatesPass(gateState)
    this.apply(transitionFor('publish')!, { comment })
  }

  assertMayTake(action: WorkflowAction): void {
    const refusal = whoMayRefusal(action, this.roles)
    if (refusal) throw new WorkflowRefusal(refusal, 'forbidden')
  }

  async assertGatesPass(gateState: WorkflowState): Promise<void> {
    const failures = await this.kind.publishGates(this.req, this.data, gateState)
    if (failures.length > 0) throw new WorkflowRefusal(formatGateRefusal(failures), 'not-ready', failures)
  }

  /** The actor changed the reviewed content: they may not be the one who approves this version. */
  addContributor(): void {
    const id = actorId(this.actor)
    if (id === null) return
    const current = relationIds(this.data.contributors)
    if (!current.includes(id)) this.data.contributors = [...current, id]
  }

  /**
   * Four eyes: the approver is neither the author nor anyone who edited this version since its
   * last review. The system (seed, imports) is nobody's author; a person always is checked.
   */
  private assertFourEyes(): void {
    const approverId = actorId(this.actor)
    if (approverId === null) return
    const refusal = fourEyesRefusal({
      approverId,
      authorId: relationIds([this.data[this.kind.authorField]])[0] ?? null,
      contributorIds: relationIds(this.data.contributors),
    })
    if (refusal) throw new WorkflowRefusal(refusal, 'forbidden')
  }

  clearSchedule(): void {
    if (this.data.scheduledPublishAt || this.data.scheduledBy) this.scheduleChanged = true
    this.data.scheduledPublishAt = null
    this.data.scheduledBy = null
  }

  private moveTo(to: WorkflowState): void {
    this.state = to
    this.data.workflowState = to
    if (!keepsSchedule(to)) this.clearSchedule()
  }

  private recordReview(): void {
    this.data.reviewedBy = actorId(this.actor)
    this.data.reviewerName = this.actor.name
    this.data.reviewedAt = this.now.toISOString()
    this.data.nextReviewDue = nextReviewDue(this.now).toISOString()
    this.data.approvedByOverride = false
    this.data.contributors = []
  }

  /** An admin's override: who and when are kept, but no reviewer name, which the site would show. */
  private recordOverride(): void {
    this.data.reviewedBy = actorId(this.actor)
    this.data.reviewerName = null
    this.data.reviewedAt = this.now.toISOString()
    this.data.nextReviewDue = nextReviewDue(this.now).toISOString()
    this.data.approvedByOverride = true
    this.data.contributors = []
  }

  private schedule(publishAt: string | null): void {
    const refusal = scheduleRefusal(publishAt, this.now)
    if (refusal) throw new WorkflowRefusal(refusal, 'not-ready')
    this.data.scheduledPublishAt = new Date(publishAt!).toISOString()
    this.data.scheduledBy = actorId(this.actor)
    this.scheduleChanged = true
  }
}

/** Relationship values (ids or populated docs) as numeric ids. */
function relationIds(value: unknown): number[] {
  const list = Array.isArray(value) ? value : []
  return list
    .map((item: unknown) => Number(item && typeof item === 'object' ? (item as { id?: unknown }).id : item))
    .filter((id) => Number.isFinite(id) && id > 0)
}

export function refusalFor(action: WorkflowAction, roles: readonly Role[], reason: string): WorkflowRefusal {
  return new WorkflowRefusal(reason, mayTakeAction(action, roles) ? 'not-ready' : 'forbidden')
}
