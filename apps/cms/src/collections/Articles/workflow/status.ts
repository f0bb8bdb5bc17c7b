import type { PayloadRequest } from 'payload'

import {
  ARTICLE_TYPES,
  type ArticleType,
  availableActions,
  CLAIM_FIELD_NAMES,
  fourEyesRefusal,
  type ClaimFinding,
  formatGateRefusal,
  type GateFailure,
  isPrePublication,
  isReviewOverdue,
  mayAcceptClaimFindings,
  nextSteps,
  type ReadabilityReport,
  readabilityReport,
  STATE_LABELS,
  type WorkflowAction,
  type WorkflowState,
} from '@clinic/workflow'
import { lexicalToPlainText } from '@clinic/rich-text'

import { clinicTimeZone } from '../../../clinicTime/server'
import { eventLabel } from '../../WorkflowEvents/kinds'
import { actorFor, actorId } from './actor'
import { loadReviewState } from './articleState'
import { claimFindingsFor, REVIEW_KINDS, type ReviewedCollection } from './reviewKinds'

export interface ActionOffer {
  action: WorkflowAction
  label: string
  description: string
  requiresComment: boolean
  requiresPublishAt: boolean
  /** Asked before the action is taken (approve, publish, unpublish…), from the workflow table. */
  confirm: string | null
  /** Why the action cannot succeed yet, shown beside the disabled button; null when it can. */
  blockedBy: string | null
}

export interface TrailEntry {
  id: number
  action: string
  actionLabel: string
  from: WorkflowState | null
  to: WorkflowState | null
  actorName: string
  comment: string | null
  createdAt: string
}

export interface FindingView extends ClaimFinding {
  /** The field as it reads in a sentence ("meta description"). */
  fieldName: string
  accepted: { justification: string; acceptedByName: string | null; acceptedAt: string } | null
}

/** Everything the admin's workflow panel shows: GET /api/articles/:id/workflow. */
export interface WorkflowStatus {
  id: number
  title: string
  state: WorkflowState
  stateLabel: string
  /** A published version is on the site (possibly older than the working copy). */
  live: boolean
  review: { reviewerName: string | null; reviewedAt: string | null; nextReviewDue: string | null; overdue: boolean }
  scheduledPublishAt: string | null
  /** The clinic's time zone (Site settings): the panel shows and takes in times in it. */
  timeZone: string
  actions: ActionOffer[]
  /** Steps others take from here, for the user who can't ("Approve (a medical reviewer)"). */
  nextSteps: string[]
  gates: GateFailure[]
  /** The refusal publishing would get now ('' when every gate passes). */
  refusal: string
  findings: FindingView[]
  mayAcceptFindings: boolean
  mayComment: boolean
  /** Cited papers with a retraction, correction or expression of concern on record, for the editor to weigh. */
  paperNotices: PaperNotice[]
  /** Reading grade of the excerpt and body against the target for the article's type (articles only): guidance, not a gate. */
  readability: ReadabilityReport | null
  trail: TrailEntry[]
}

export interface PaperNotice {
  citationId: number
  label: string
  status: 'retracted' | 'corrected' | 'concern'
  notices: { kind: string; date: string | null; url: string; label: string }[]
}

/** The retraction watch's findings on this article's citations, in citation order (articles only). */
async function paperNoticesOf(req: PayloadRequest, latest: Record<string, unknown>): Promise<PaperNotice[]> {
  const ids = (Array.isArray(latest.citations) ? latest.citations : [])
    .map((item: unknown) => Number(item && typeof item === 'object' ? (item as { id?: unknown }).id : item))
    .filter(Number.isFinite)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'citations',
    where: { and: [{ id: { in: ids } }, { retractionStatus: { not_equals: 'none' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
    .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
    .flatMap((doc) =>
      doc.retractionStatus && doc.retractionStatus !== 'none'
        ? [
            {
              citationId: doc.id,
              label: doc.label ?? `citation ${doc.id}`,
              status: doc.retractionStatus,
              notices: (doc.retractionNotices ?? []).map(({ kind, date, url, label }) => ({ kind, date: date ?? null, url, label })),
            },
          ]
        : [],
    )
}

function fourEyesRefusalFor(actor: ReturnType<typeof actorFor>, latest: { author?: unknown; contributors?: unknown }): string | null {
  const approverId = actorId(actor)
  if (approverId === null) return null
  const idOf = (value: unknown) =>
    (value && typeof value === 'object' ? (value as { id?: unknown }).id : value) as number | string | null | undefined
  const contributorIds = (Array.isArray(latest.contributors) ? latest.contributors : [])
    .map(idOf)
    .filter((id): id is number | string => id !== null && id !== undefined)
  return fourEyesRefusal({ approverId, authorId: idOf(latest.author) ?? null, contributorIds })
}

export async function workflowStatus(
  req: PayloadRequest,
  id: number,
  collection: ReviewedCollection = 'articles',
): Promise<WorkflowStatus | null> {
  const kind = REVIEW_KINDS[collection]
  const stored = await loadReviewState(req, collection, id)
  if (!stored) return null
  const { latest, state, live } = stored
  const actor = actorFor(req)

  const offers = new Map<WorkflowAction, ActionOffer>()
  const add = (from: WorkflowState, only?: WorkflowAction[]) => {
    for (const transition of availableActions(from, actor.roles)) {
      if (only && !only.includes(transition.action)) continue
      offers.set(transition.action, {
        action: transition.action,
        label: transition.label,
        description: transition.description,
        requiresComment: Boolean(transition.requiresComment),
        requiresPublishAt: Boolean(transition.requiresPublishAt),
        confirm: transition.confirm ?? null,
        blockedBy: null,
      })
    }
  }
  add(state)
  // A live article with a working draft can still be taken down.
  if (live && state !== 'published') add('published', ['unpublish', 'archive'])
  // Nothing to cancel without a schedule, nothing to schedule twice.
  if (!latest.scheduledPublishAt) offers.delete('unschedule')
  if (!kind.schedulable) for (const action of ['schedule', 'unschedule'] as const) offers.delete(action)
  // Four eyes: the author and this version's editors are not offered the approval at all.
  const signOffRefusal = offers.has('approve') ? fourEyesRefusalFor(actor, latest) : null
  if (signOffRefusal) offers.delete('approve')

  // Gates matter on the way to publication; published, unpublished and archived articles go
  // through review again (reopen) before any of them applies.
  const gates = isPrePublication(state) ? await kind.publishGates(req, latest as Record<string, unknown>, state) : []
  const accepted = new Map((latest.acceptedClaims ?? []).map((entry) => [entry.key, entry]))
  const findings: FindingView[] = claimFindingsFor(collection, latest as Record<string, unknown>).map((finding) => {
    const entry = accepted.get(finding.key)
    return {
      ...finding,
      fieldName: CLAIM_FIELD_NAMES[finding.field],
      accepted: entry
        ? { justification: entry.justification, acceptedByName: entry.acceptedByName ?? null, acceptedAt: entry.acceptedAt }
        : null,
    }
  })

  // What the server would refuse anyway is not offered as if it would work (issue 18): an approval
  // with a risky claim nobody accepted, a publish whose gates fail.
  const openFindings = findings.filter((finding) => !finding.accepted).length
  const approveOffer = offers.get('approve')
  if (approveOffer && openFindings > 0) {
    approveOffer.blockedBy = `${openFindings} claims-check finding${openFindings === 1 ? ' is' : 's are'} still open: change the words, or accept ${openFindings === 1 ? 'it' : 'each'} with a justification, before approving.`
  }
  const publishOffer = offers.get('publish')
  if (publishOffer && gates.length > 0) publishOffer.blockedBy = formatGateRefusal(gates)

  const { docs: events } = await req.payload.find({
    collection: 'workflow-events',
    where:
      collection === 'articles'
        ? { article: { equals: id } }
        : { and: [{ subjectType: { equals: collection } }, { subjectId: { equals: id } }] },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })

  return {
    id,
    title: String((latest as Record<string, unknown>)[kind.titleField] ?? ''),
    state,
    stateLabel: STATE_LABELS[state],
    live,
    review: {
      reviewerName: latest.reviewerName ?? null,
      reviewedAt: latest.reviewedAt ?? null,
      nextReviewDue: latest.nextReviewDue ?? null,
      overdue: isReviewOverdue(latest.nextReviewDue, new Date()),
    },
    scheduledPublishAt: latest.scheduledPublishAt ?? null,
    timeZone: await clinicTimeZone(req),
    actions: [...offers.values()],
    nextSteps: [...(signOffRefusal ? [signOffRefusal] : []), ...nextSteps(state, new Set(offers.keys()))],
    gates,
    refusal: formatGateRefusal(gates),
    findings,
    mayAcceptFindings: mayAcceptClaimFindings(actor.roles),
    mayComment: actor.kind !== 'anonymous',
    paperNotices: collection === 'articles' ? await paperNoticesOf(req, latest as Record<string, unknown>) : [],
    readability: collection === 'articles' ? readabilityOf(latest as Record<string, unknown>) : null,
    trail: events.map((event) => ({
      id: event.id,
      action: event.action,
      actionLabel: eventLabel(event.action),
      from: (event.from as WorkflowState | null | undefined) ?? null,
      to: (event.to as WorkflowState | null | undefined) ?? null,
      actorName: event.actorName,
      comment: event.comment ?? null,
      createdAt: event.createdAt,
    })),
  }
}

function readabilityOf(article: Record<string, unknown>): ReadabilityReport {
  const type = (ARTICLE_TYPES as readonly unknown[]).includes(article.type) ? (article.type as ArticleType) : 'research-summary'
  return readabilityReport({
    type,
    excerpt: typeof article.excerpt === 'string' ? article.excerpt : '',
    body: lexicalToPlainText(article.body),
  })
}
