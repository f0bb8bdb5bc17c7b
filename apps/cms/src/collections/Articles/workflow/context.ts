import type { PayloadRequest } from 'payload'

import type { WorkflowAction, WorkflowState } from '@clinic/workflow'

import type { EventKind } from '../../WorkflowEvents/kinds'
import type { ReviewedCollection } from './reviewKinds'

/**
 * What a caller asks the workflow to do with one article beyond saving it: the endpoint, the
 * scheduled-publish job and scripts pass it as local-API `context`. It only names the request;
 * the hook still judges it with the actor's own roles and the publish gates, so a caller can't
 * gain anything by forging one.
 */
export type WorkflowIntent = (
  | {
      kind: 'transition'
      action: WorkflowAction
      comment?: string | null
      publishAt?: string | null
      /** Set by the scheduled-publish job, for the trail and the messages. */
      scheduled?: boolean
    }
  | { kind: 'accept_claim'; findingKey: string; justification: string }
) & {
  /** Articles unless said otherwise. */
  collection?: ReviewedCollection
  documentId: number | string
}

/** How the current operation was called; beforeOperation records it, beforeChange reads it. */
export interface SaveOptions {
  operation: 'create' | 'update' | 'restoreVersion'
  /** `draft: true` was asked for (after our own conversion of plain saves of live articles). */
  draft: boolean
}

/** One entry of the trail, decided in beforeChange and written in afterChange. */
export interface DecidedEvent {
  kind: EventKind
  from: WorkflowState
  to: WorkflowState
  comment?: string | null
}

export interface WorkflowOutcome {
  events: DecidedEvent[]
  /** The schedule changed (set, moved or dropped): queued jobs must follow. */
  scheduleChanged: boolean
  scheduledPublishAt: string | null
  notice: string | null
}

const INTENT = 'articleWorkflowIntent'
const SAVE_OPTIONS = 'articleWorkflowSaveOptions'
const OUTCOMES = 'articleWorkflowOutcomes'

export function intentContext(intent: WorkflowIntent): Record<string, unknown> {
  return { [INTENT]: intent }
}

/** Forget the request once its save is over, so no later save in the same request inherits it. */
export function clearIntent(req: PayloadRequest): void {
  delete req.context[INTENT]
}

export function readIntent(
  req: PayloadRequest,
  collection: ReviewedCollection,
  documentId: number | string | undefined,
): WorkflowIntent | undefined {
  const intent = req.context[INTENT] as WorkflowIntent | undefined
  if (!intent || (intent.collection ?? 'articles') !== collection) return undefined
  if (documentId === undefined ? intent.documentId !== 'new' : String(intent.documentId) !== String(documentId)) return undefined
  return intent
}

export function recordSaveOptions(req: PayloadRequest, options: SaveOptions): void {
  req.context[SAVE_OPTIONS] = options
}

export function readSaveOptions(req: PayloadRequest): SaveOptions | undefined {
  return req.context[SAVE_OPTIONS] as SaveOptions | undefined
}

function outcomes(req: PayloadRequest): Record<string, WorkflowOutcome> {
  const existing = req.context[OUTCOMES] as Record<string, WorkflowOutcome> | undefined
  if (existing) return existing
  const created: Record<string, WorkflowOutcome> = {}
  req.context[OUTCOMES] = created
  return created
}

const keyFor = (collection: ReviewedCollection, id: number | string | undefined) => `${collection}:${id === undefined ? 'new' : String(id)}`

export function stashOutcome(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: number | string | undefined,
  outcome: WorkflowOutcome,
): void {
  outcomes(req)[keyFor(collection, id)] = outcome
}

/** The outcome decided for this document by its last save in this request; read by the afterChange hooks. */
export function peekOutcome(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: number | string | undefined,
  operation: 'create' | 'update',
): WorkflowOutcome | undefined {
  return outcomes(req)[keyFor(collection, operation === 'create' ? undefined : id)]
}
