// States, roles and actions
export { WORKFLOW_STATES, STATE_LABELS, isWorkflowState, type WorkflowState } from './states'
export { ROLES, ROLE_NAMES_IN_SENTENCES, isRole, type Role } from './roles'
export { WORKFLOW_ACTIONS, isWorkflowAction, type WorkflowAction } from './actions'

// The transition table and the decisions made from it
export type { Transition } from './transition'
export { TRANSITIONS, transitionFor } from './transitions'
export {
  decideTransition,
  availableActions,
  findActionBetween,
  judgeStateChange,
  PRE_PUBLICATION_STATES,
  isPrePublication,
  nextSteps,
  type TransitionRequest,
  type TransitionDecision,
  type FoundAction,
  type StateChange,
} from './decide'
export { stateAfterContentEdit, type ContentEditOutcome } from './contentEdit'

// Who may act, beyond the table's rows; what happens next; scheduling
export {
  mayTakeAction,
  whoMayRefusal,
  CLAIM_ACCEPTERS,
  mayAcceptClaimFindings,
  claimAcceptanceRefusal,
  PUBLICATION_DETAIL_EDITORS,
  publicationDetailsRefusal,
} from './permissions'
export { keepsSchedule, scheduleRefusal } from './schedule'

// Who may sign off
export { fourEyesRefusal, type SignOffRequest } from './fourEyes'

// The trust audit of what is live
export { auditTrust, TRUST_RULES, type AuditedItem, type TrustFinding, type TrustRule } from './trustRules'

// Medical review schedule
export {
  nextReviewDue,
  isReviewOverdue,
  reviewReminderStage,
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  REVIEW_REMINDER_LEAD_DAYS,
  type ReviewReminderStage,
} from './reviewDates'

// Publish gates
export { ARTICLE_TYPES, ARTICLE_TYPE_REQUIREMENTS, type ArticleType, type ArticleTypeRequirements } from './articleTypes'
export {
  evaluatePublishGates,
  evaluateReviewGates,
  type PublishGateInput,
  type PublishGate,
  type GateFailure,
  type CitationStatus,
} from './gates'
export { formatGateRefusal } from './gateRefusal'

// Claims check
export { CLAIM_RULES } from './claims/rules'
export { CLAIM_FIELDS, CLAIM_FIELD_NAMES, type ClaimRule, type ClaimFinding, type ClaimField } from './claims/types'
export { scanClaims, scanText, type ClaimScanInput } from './claims/scan'
export { isNegated } from './claims/negation'

// Conversation
export { findMentions, type Mentionable } from './mentions'

// Plain language (guidance, not a gate)
export { READING_GRADE_TARGETS, readabilityReport, readingGrade, type ReadabilityReport, type ReadingGrade } from './readability'
