import type { WorkflowAction } from './actions'
import type { Role } from './roles'
import type { WorkflowState } from './states'

/** One row of the workflow table. Admins are not listed in `roles`: they may take any action (see permissions.ts). */
export interface Transition {
  readonly action: WorkflowAction
  /** States the action starts from on the normal path. */
  readonly from: readonly WorkflowState[]
  readonly to: WorkflowState
  /** Non-admin roles allowed to take the action. */
  readonly roles: readonly Role[]
  /** The reviewer must say what to change; an empty request leaves the editor guessing. */
  readonly requiresComment?: boolean
  /** Scheduling without a date means nothing; the CMS stores the time as the scheduled publish date. */
  readonly requiresPublishAt?: boolean
  /** The CMS records reviewer, review date and next review due (see reviewDates.ts). */
  readonly recordsReview?: boolean
  /**
   * A medical sign-off: only the roles listed may take it, admins included only when they hold
   * one of them, and never the content's author or anyone who edited it since the last review
   * (see fourEyes.ts). Visitors are told a medical reviewer checked the text; that must be true.
   */
  readonly medicalSignOff?: boolean
  /** An admin's approval without a medical review: recorded with its written reason, never shown to visitors as a review. */
  readonly recordsOverride?: boolean
  /** The CMS clears any scheduled publish time. */
  readonly clearsScheduledPublish?: boolean
  /** Asked before the action is taken, for actions visitors notice or that put a name on record. */
  readonly confirm?: string
  /** Button text. */
  readonly label: string
  /** Tooltip / help text explaining what happens. */
  readonly description: string
}
