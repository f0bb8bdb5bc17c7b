import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import {
  CLAIM_FIELD_NAMES,
  claimAcceptanceRefusal,
  isWorkflowState,
  mayTakeAction,
  publicationDetailsRefusal,
  stateAfterContentEdit,
  type WorkflowState,
} from '@clinic/workflow'

import { type Actor, actorFor, actorId } from '../workflow/actor'
import { loadReviewState } from '../workflow/articleState'
import { readIntent, readSaveOptions, stashOutcome, type WorkflowIntent } from '../workflow/context'
import { type ArticleData, WorkflowStep } from '../workflow/workflowStep'
import { WorkflowRefusal } from '../workflow/refusal'
import { changedReviewedFields } from '../workflow/reviewedContent'
import { claimFindingsFor, REVIEW_KINDS, type ReviewedCollection, type ReviewKind } from '../workflow/reviewKinds'

/** Written by the workflow alone; a save can never set them directly (field access strips them from the API too). */
const MANAGED_FIELDS = [
  'workflowState',
  'live',
  'reviewedBy',
  'reviewerName',
  'reviewerProfile',
  'reviewedAt',
  'nextReviewDue',
  'scheduledPublishAt',
  'scheduledBy',
  'acceptedClaims',
  'approvedByOverride',
  'contributors',
] as const

/**
 * Not content a reviewer signs off, but what visitors are told about it: on approved or live
 * content only a publisher (or an admin) may change them, and each change is in the trail.
 */
const PUBLICATION_DETAILS = { publishedAt: 'publication date', author: 'author' } as const

/**
 * The editorial workflow's single choke point, for articles and every other reviewed kind
 * (conditions, disclaimers: workflow/reviewKinds.ts). Every create, update (one, bulk, draft or
 * not), version restore and scheduled publish passes through here, on every API, so whatever would
 * make Payload's `_status` published, take live content down or change the workflow state is
 * decided here with @clinic/workflow's rules — who (the actor's roles), whether the move is
 * allowed, whether the publish gates pass — or refused with an editor-readable reason.
 */
export const enforceReviewFor =
  (collection: ReviewedCollection): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const kind = REVIEW_KINDS[collection]
    const actor = actorFor(req)
    if (actor.kind === 'anonymous') throw new WorkflowRefusal(`Sign in to change ${kind.noun}s.`, 'forbidden')
    const options = readSaveOptions(req) ?? { operation, draft: false }
    const incoming = { ...data } as ArticleData

    const step =
      operation === 'create'
        ? await decideCreate(req, kind, actor, incoming, options.draft)
        : await decideUpdate(req, kind, actor, incoming, originalDoc as ArticleData | undefined, options)

    if (kind.staysLive && takesDown(step)) {
      throw new WorkflowRefusal(
        `The ${kind.noun} stays on the site: change it and publish the reviewed change instead of taking it down.`,
        'not-ready',
      )
    }
    await linkReviewerProfile(req, step)
    // Whether visitors read a published version after this save: it publishes, or it leaves the
    // live row alone (a draft save while live); anything else takes it off or never put it on.
    step.data.live = step.data._status === 'published' || (step.wasLive && options.draft && !takesDown(step))

    stashOutcome(req, collection, operation === 'create' ? undefined : (originalDoc?.id as number), {
      events: step.events,
      scheduleChanged: step.scheduleChanged,
      scheduledPublishAt: (step.data.scheduledPublishAt as string | null | undefined) ?? null,
      notice: step.notice,
    })
    return step.data
  }

export const enforceWorkflow = enforceReviewFor('articles')

/**
 * An approval links the reviewer's published profile (issue 14), so the site's "Medically reviewed
 * by" names a person visitors can look up; an override names nobody, so it links nobody.
 */
async function linkReviewerProfile(req: PayloadRequest, step: WorkflowStep): Promise<void> {
  if (step.events.some((event) => event.kind === 'override_approve')) step.data.reviewerProfile = null
  if (!step.events.some((event) => event.kind === 'approve')) return
  const reviewer = step.data.reviewedBy
  const { docs } = await req.payload.find({
    collection: 'reviewer-profiles',
    where: { and: [{ user: { equals: reviewer } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  step.data.reviewerProfile = docs[0]?.id ?? null
}

/** The save takes live content down (unpublish, archive). */
function takesDown(step: WorkflowStep): boolean {
  return step.events.some((event) => event.kind === 'unpublish' || event.kind === 'archive')
}

async function decideCreate(req: PayloadRequest, kind: ReviewKind, actor: Actor, data: ArticleData, draft: boolean): Promise<WorkflowStep> {
  // Only the system may create an article in another state (imports, fixtures); everyone else
  // starts a draft with no review on record, duplicates of reviewed articles included.
  const requested = actor.kind === 'system' && isWorkflowState(data.workflowState) ? data.workflowState : 'draft'
  if (actor.kind !== 'system') resetManaged(data)
  const step = new WorkflowStep(req, actor, data, 'draft', kind)
  step.addContributor()
  if (requested !== 'draft' && requested !== 'published') step.moveRawTo(requested)

  const publishing = !draft && data._status === 'published'
  if (requested === 'published' && !publishing) {
    throw new WorkflowRefusal(`${capitalised(kind.noun)} can only be Published by publishing it.`, 'not-ready')
  }
  if (publishing) await step.publish(step.state)
  else data._status = 'draft'
  return step
}

async function decideUpdate(
  req: PayloadRequest,
  kind: ReviewKind,
  actor: Actor,
  data: ArticleData,
  originalDoc: ArticleData | undefined,
  options: { operation: string; draft: boolean },
): Promise<WorkflowStep> {
  const id = originalDoc?.id as number
  const stored = await loadReviewState(req, kind.collection, id)
  if (!stored) throw new WorkflowRefusal(`This ${kind.noun} no longer exists.`, 'not-ready')
  const { latest, live } = stored
  const isRestore = options.operation === 'restoreVersion'

  // A raw state change only from trusted callers (field access strips it from API requests).
  const requested =
    !isRestore && isWorkflowState(data.workflowState) && data.workflowState !== originalDoc?.workflowState
      ? (data.workflowState as WorkflowState)
      : undefined

  // Bulk updates start from the main table's row, which may be older than the working draft:
  // whatever the caller didn't change comes from the newest version, so nothing reviewed is lost
  // or resurrected.
  if (!isRestore && originalDoc && String(originalDoc.updatedAt) !== String(latest.updatedAt)) {
    const changedByCaller = new Set(changedReviewedFields(data, originalDoc, kind))
    for (const field of kind.reviewedFields) if (!changedByCaller.has(field)) data[field] = (latest as ArticleData)[field]
  }
  for (const field of MANAGED_FIELDS) data[field] = (latest as ArticleData)[field] ?? null

  const draftSave = isRestore ? options.draft : options.draft && data._status !== 'published'
  const resultStatus = draftSave
    ? 'draft'
    : ((data._status as string | undefined) ?? (originalDoc?._status as string | undefined) ?? 'draft')
  const contentChanged = changedReviewedFields(data, latest as ArticleData, kind).length > 0
  const step = new WorkflowStep(req, actor, data, stored.state, kind)
  step.wasLive = live
  if (contentChanged) step.addContributor()
  if (kind.publicationDetails && (stored.state === 'approved' || stored.state === 'published' || live))
    checkPublicationDetails(step, latest as ArticleData)
  const intent = readIntent(req, kind.collection, id)
  const transitionIntent = intent?.kind === 'transition' ? intent : undefined
  if (intent?.kind === 'accept_claim') acceptClaim(step, kind, intent)
  if (transitionIntent && !kind.schedulable && (transitionIntent.action === 'schedule' || transitionIntent.action === 'unschedule')) {
    throw new WorkflowRefusal(`A ${kind.noun} is published when a publisher publishes it; it cannot be scheduled.`, 'not-ready')
  }

  if (resultStatus === 'published') {
    // The save writes a published main row: the content goes (or stays) live.
    const action = transitionIntent?.action ?? 'publish'
    if (action !== 'publish') throw new WorkflowRefusal(`Only publishing can make ${withArticle(kind.noun)} live.`, 'not-ready')
    const unchangedLiveArticle = stored.state === 'published' && live && !contentChanged && !transitionIntent && !requested
    if (unchangedLiveArticle) {
      step.assertMayTake('publish')
      return step
    }
    // A trusted caller may move the state in the same save (e.g. a script approving, then
    // publishing); the move is judged like any other, and an approval covers the content it saves.
    if (requested && requested !== 'published') step.moveRawTo(requested)
    const gateState = requested ? step.state : contentChanged ? stateAfterContentEdit(stored.state).nextState : stored.state
    await step.publish(gateState, transitionIntent?.comment ?? (transitionIntent?.scheduled ? 'Published at the scheduled time.' : null))
    data._status = 'published'
    return step
  }

  if (live && !draftSave) {
    // The save writes an unpublished main row: the live article comes off the site.
    const action = transitionIntent?.action ?? (requested === 'archived' ? 'archive' : 'unpublish')
    if (action !== 'unpublish' && action !== 'archive') {
      throw new WorkflowRefusal(
        `This save would take the live ${kind.noun} off the site: only “Unpublish” or “Archive” may do that. Save your changes as a draft instead.`,
        mayTakeAction('unpublish', actor.roles) ? 'not-ready' : 'forbidden',
      )
    }
    step.state = 'published'
    step.take(action, { comment: transitionIntent?.comment })
    return step
  }

  // Nothing goes live and nothing live is touched: a draft save, or a save of an article that
  // isn't on the site.
  if (requested === 'published' || transitionIntent?.action === 'publish') {
    throw new WorkflowRefusal(`Publishing is not a draft save: publish the ${kind.noun} instead.`, 'not-ready')
  }
  const takesDown =
    ['unpublish', 'archive'].includes(transitionIntent?.action ?? '') || requested === 'unpublished' || requested === 'archived'
  if (live && takesDown) {
    throw new WorkflowRefusal('Unpublishing must take the live version down, so it is never saved as a draft.', 'not-ready')
  }
  if (contentChanged) {
    const outcome = stateAfterContentEdit(step.state)
    step.moveForContentEdit(outcome.nextState, outcome.notice, outcome.cancelsScheduledPublish)
  }
  if (transitionIntent) {
    step.take(transitionIntent.action, { comment: transitionIntent.comment, publishAt: transitionIntent.publishAt })
    if (transitionIntent.action === 'schedule') await step.assertGatesPass('approved')
  } else if (requested && requested !== step.state) {
    step.moveRawTo(requested)
  }
  data._status = 'draft'
  return step
}

/** A medical reviewer accepts a claims-check finding with a written justification (kept on the article). */
function acceptClaim(step: WorkflowStep, kind: ReviewKind, intent: Extract<WorkflowIntent, { kind: 'accept_claim' }>): void {
  const { actor, data } = step
  const notTheirs = claimAcceptanceRefusal(actor.roles)
  if (notTheirs) throw new WorkflowRefusal(notTheirs, 'forbidden')
  const justification = intent.justification?.trim() ?? ''
  if (justification === '') {
    throw new WorkflowRefusal('Accepting a finding needs a written justification.', 'not-ready')
  }
  const finding = claimFindingsFor(kind.collection, data).find((candidate) => candidate.key === intent.findingKey)
  if (!finding) {
    throw new WorkflowRefusal(
      `That finding is not in the ${kind.noun} any more (its sentence may have changed). Reload and check again.`,
      'not-ready',
    )
  }
  const accepted = (Array.isArray(data.acceptedClaims) ? data.acceptedClaims : []) as { key: string }[]
  if (accepted.some((entry) => entry.key === finding.key)) {
    throw new WorkflowRefusal('That finding has already been accepted.', 'not-ready')
  }
  data.acceptedClaims = [
    ...accepted,
    {
      key: finding.key,
      ruleId: finding.ruleId,
      match: finding.match,
      justification,
      acceptedBy: actorId(actor),
      acceptedByName: actor.name,
      acceptedAt: step.now.toISOString(),
    },
  ]
  step.events.push({
    kind: 'accept_claim',
    from: step.state,
    to: step.state,
    comment: `“${finding.match}” in the ${CLAIM_FIELD_NAMES[finding.field]} (${finding.label}): ${justification}`,
  })
}

function resetManaged(data: ArticleData): void {
  for (const field of MANAGED_FIELDS) data[field] = field === 'acceptedClaims' || field === 'contributors' ? [] : null
  data.workflowState = 'draft'
}

/** The publication date and author of approved or live content: a publisher's act, recorded. */
function checkPublicationDetails(step: WorkflowStep, latest: ArticleData): void {
  const changed = (Object.keys(PUBLICATION_DETAILS) as (keyof typeof PUBLICATION_DETAILS)[]).filter(
    (field) => field in step.data && comparable(field, step.data[field]) !== comparable(field, latest[field]),
  )
  if (changed.length === 0) return
  const names = changed.map((field) => PUBLICATION_DETAILS[field]).join(' and ')
  const notTheirs = publicationDetailsRefusal(step.roles, names)
  if (notTheirs) throw new WorkflowRefusal(notTheirs, 'forbidden')
  const described = changed.map((field) => {
    const [before, after] = [latest[field], step.data[field]].map((value) => comparable(field, value) || 'none')
    return `${PUBLICATION_DETAILS[field]}: ${field === 'author' ? `user ${before} → user ${after}` : `${before} → ${after}`}`
  })
  step.events.push({ kind: 'metadata_edit', from: step.state, to: step.state, comment: described.join('; ') })
}

/** A date as an ISO instant, a relationship as its id, however it travelled ('' for none). */
function comparable(field: keyof typeof PUBLICATION_DETAILS, value: unknown): string {
  if (value === null || value === undefined || value === '') return ''
  if (field === 'author') return String(typeof value === 'object' ? (value as { id?: unknown }).id : value)
  const time = new Date(value as string).getTime()
  return Number.isNaN(time) ? String(value) : new Date(time).toISOString()
}

const capitalised = (noun: string) => `${withArticle(noun).charAt(0).toUpperCase()}${withArticle(noun).slice(1)}`
const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`
