import type { PayloadRequest } from 'payload'

import {
  type ClaimFinding,
  type ClaimScanInput,
  evaluateReviewGates,
  type GateFailure,
  scanClaims,
  type WorkflowState,
} from '@clinic/workflow'

import { unmetPublishGates } from './publishGates'
import { ARTICLE_RELATION_FIELDS, ARTICLE_REVIEWED_FIELDS } from './reviewedContent'

/** Every collection whose public text goes through the editorial workflow. */
export const REVIEWED_COLLECTIONS = ['articles', 'conditions', 'disclaimers', 'citations', 'clinic-profile', 'reviewer-profiles'] as const
export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]

type Content = Record<string, unknown>

/** Every citation field the site prints (the label is derived from them). */
export const CITATION_PRINTED_FIELDS = [
  'authors',
  'title',
  'journal',
  'year',
  'month',
  'day',
  'epubDate',
  'volume',
  'issue',
  'pages',
  'doi',
  'pmid',
  'pmcid',
  'url',
] as const

/**
 * What the one workflow needs to know about a kind of content: the words for it, what a reviewer
 * signs off, which text the claims check reads, and what else must hold before it goes live.
 * The transitions, roles and four eyes are the same for all (@clinic/workflow).
 */
export interface ReviewKind {
  collection: ReviewedCollection
  /** "article", "condition": in refusals and notices. */
  noun: string
  titleField: string
  reviewedFields: readonly string[]
  relationFields: ReadonlySet<string>
  claimText(data: Content): ClaimScanInput
  /** Every unmet requirement for going live in this state ([] = publishable). */
  publishGates(req: PayloadRequest, data: Content, state: WorkflowState): Promise<GateFailure[]>
  /** Articles can be scheduled (their job re-checks the gates); other kinds publish when a publisher says so. */
  schedulable: boolean
  /** Publication date and author: on approved or live content, a publisher's to change. */
  publicationDetails: boolean
  /** Due for a fresh medical review a year after each approval, with reminders (a cited paper is watched for retractions instead). */
  periodicReview: boolean
  /** Whose text it is, for four eyes: they never approve it (a reviewer profile's own reviewer included). */
  authorField: string
  /** Never taken off the site once live (the clinic's contact details): a correction is published instead. */
  staysLive: boolean
}

const meta = (data: Content) => (data.meta ?? null) as ClaimScanInput['meta']

/** Approval and no open risky claim: what every kind needs before it goes live. */
function approvalAndClaims(data: Content, state: WorkflowState, text: ClaimScanInput): GateFailure[] {
  const accepted = (Array.isArray(data.acceptedClaims) ? data.acceptedClaims : []) as { key: string }[]
  return evaluateReviewGates({
    workflowState: state,
    claimFindings: scanClaims(text),
    acceptedFindingKeys: accepted.map((entry) => entry.key),
  })
}

const conditionText = (data: Content): ClaimScanInput => ({
  title: data.name as string | undefined,
  excerpt: data.summary as string | undefined,
  body: data.body,
  meta: meta(data),
})

/** The clinic's name, tagline and call to action are on every page; the contact details are facts, not claims. */
const clinicDetailsText = (data: Content): ClaimScanInput => {
  const callToAction = (data.callToAction ?? {}) as Record<string, unknown>
  const copy = [data.tagline, callToAction.heading, callToAction.text, callToAction.buttonLabel].filter(
    (text): text is string => typeof text === 'string' && text.trim() !== '',
  )
  return { title: data.clinicName as string | undefined, excerpt: copy.join('\n\n') }
}

/** A reviewer's own words about themselves are public claims too ("cured hundreds of patients"). */
const reviewerProfileText = (data: Content): ClaimScanInput => ({
  title: data.displayName as string | undefined,
  excerpt: [data.credentials, data.specialty, data.bio]
    .filter((text): text is string => typeof text === 'string' && text.trim() !== '')
    .join('\n\n'),
})

const disclaimerText = (data: Content): ClaimScanInput => ({ title: data.title as string | undefined, body: data.body })

export const REVIEW_KINDS: Readonly<Record<ReviewedCollection, ReviewKind>> = {
  articles: {
    collection: 'articles',
    noun: 'article',
    titleField: 'title',
    authorField: 'author',
    reviewedFields: ARTICLE_REVIEWED_FIELDS,
    relationFields: ARTICLE_RELATION_FIELDS,
    claimText: (data) => ({
      title: data.title as string | undefined,
      excerpt: data.excerpt as string | undefined,
      body: data.body,
      meta: meta(data),
    }),
    publishGates: (req, data, state) => unmetPublishGates(req, data, state),
    schedulable: true,
    publicationDetails: true,
    periodicReview: true,
    staysLive: false,
  },
  conditions: {
    collection: 'conditions',
    noun: 'condition',
    titleField: 'name',
    authorField: 'author',
    reviewedFields: ['name', 'aliases', 'category', 'summary', 'meta', 'body'],
    relationFields: new Set(),
    claimText: conditionText,
    publishGates: async (_req, data, state) => approvalAndClaims(data, state, conditionText(data)),
    schedulable: false,
    publicationDetails: false,
    periodicReview: true,
    staysLive: false,
  },
  disclaimers: {
    collection: 'disclaimers',
    noun: 'disclaimer',
    titleField: 'title',
    authorField: 'author',
    // Where and when it shows is as much the disclaimer as its words: switching the site-wide one
    // off or narrowing its scope is reviewed like a change of text.
    reviewedFields: ['title', 'body', 'scope', 'conditions', 'articleTypes', 'active', 'effectiveDate'],
    relationFields: new Set(['conditions']),
    claimText: disclaimerText,
    publishGates: async (_req, data, state) => approvalAndClaims(data, state, disclaimerText(data)),
    schedulable: false,
    publicationDetails: false,
    periodicReview: true,
    staysLive: false,
  },
  citations: {
    collection: 'citations',
    noun: 'citation',
    titleField: 'label',
    authorField: 'author',
    // What the site prints under a summary. The retraction watch's fields are not here: a
    // retraction notice is PubMed's fact, shown (and gating) as soon as it is known.
    reviewedFields: CITATION_PRINTED_FIELDS,
    relationFields: new Set(),
    // A paper's own title is a quotation, not the clinic's claim, so the claims check has no text here.
    claimText: () => ({}),
    publishGates: async (_req, data, state) => approvalAndClaims(data, state, {}),
    schedulable: false,
    publicationDetails: false,
    periodicReview: false,
    staysLive: false,
  },
  'clinic-profile': {
    collection: 'clinic-profile',
    noun: 'clinic profile',
    titleField: 'clinicName',
    authorField: 'author',
    reviewedFields: ['clinicName', 'tagline', 'phone', 'email', 'address', 'callToAction'],
    relationFields: new Set(),
    claimText: clinicDetailsText,
    publishGates: async (_req, data, state) => approvalAndClaims(data, state, clinicDetailsText(data)),
    schedulable: false,
    publicationDetails: false,
    // Contact details change when the clinic moves, not on a review calendar.
    periodicReview: false,
    staysLive: true,
  },
  'reviewer-profiles': {
    collection: 'reviewer-profiles',
    noun: 'reviewer profile',
    titleField: 'displayName',
    authorField: 'user',
    reviewedFields: ['displayName', 'credentials', 'specialty', 'bio', 'photo', 'user'],
    relationFields: new Set(['photo', 'user']),
    claimText: reviewerProfileText,
    publishGates: async (_req, data, state) => approvalAndClaims(data, state, reviewerProfileText(data)),
    schedulable: false,
    publicationDetails: false,
    periodicReview: false,
    staysLive: false,
  },
}

export function claimFindingsFor(collection: ReviewedCollection, data: Content): ClaimFinding[] {
  return scanClaims(REVIEW_KINDS[collection].claimText(data))
}
