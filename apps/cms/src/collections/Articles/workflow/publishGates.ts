import type { PayloadRequest, Where } from 'payload'

import { validateCitation } from '@clinic/citations'
import type { Article, Citation } from '@clinic/shared-types'
import {
  ARTICLE_TYPES,
  type ArticleType,
  type CitationStatus,
  type ClaimFinding,
  evaluatePublishGates,
  type GateFailure,
  scanClaims,
  type WorkflowState,
} from '@clinic/workflow'

import { retractionNoticeOf } from '../../Citations/fields/retraction'
import { toCitation } from '../../Citations/toCitation'

type ArticleContent = Partial<
  Pick<Article, 'type' | 'title' | 'excerpt' | 'body' | 'meta' | 'citations' | 'conditions' | 'disclaimers' | 'acceptedClaims'>
>

function ids(value: unknown): number[] {
  if (!Array.isArray(value)) return []
  return value
    .map((item: unknown) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : item))
    .map((id) => Number(id))
    .filter((id) => Number.isFinite(id))
}

function articleTypeOf(value: unknown): ArticleType {
  return (ARTICLE_TYPES as readonly unknown[]).includes(value) ? (value as ArticleType) : 'research-summary'
}

/** Each cited paper checked with the citations package; a citation that no longer exists is invalid. */
export async function citationStatuses(req: PayloadRequest, citationIds: number[]): Promise<CitationStatus[]> {
  if (citationIds.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'citations',
    where: { id: { in: citationIds } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc as Citation]))
  return citationIds.map((id) => {
    const doc = byId.get(id)
    if (!doc) return { valid: false, label: `citation ${id}`, problems: ['it no longer exists'] }
    const result = validateCitation(toCitation(doc))
    // The retraction watch's verdict (collections/Citations/jobs/checkRetractions): the gate refuses a retracted primary paper.
    const retraction =
      doc.retractionStatus === 'retracted' ? { retracted: true, retractionNotice: retractionNoticeOf(doc.retractionNotices) ?? {} } : {}
    // What the site prints is the live row; a paper never live goes live with the article once approved (hooks/carryCitationsAlong).
    const reviewed = doc._status === 'published' || doc.workflowState === 'approved'
    return result.ok
      ? { valid: true, label: doc.label ?? undefined, reviewed, ...retraction }
      : { valid: false, label: doc.label ?? undefined, problems: result.errors.map((error) => error.message), reviewed, ...retraction }
  })
}

/**
 * Disclaimers that would be shown with this article today: the active site-wide one, its own,
 * and those for its conditions or its type. Only active ones in effect count.
 */
export async function applicableDisclaimerCount(req: PayloadRequest, article: ArticleContent): Promise<number> {
  const now = new Date().toISOString()
  const applies: Where[] = [
    { scope: { equals: 'site-wide' } },
    { and: [{ scope: { equals: 'article-type' } }, { articleTypes: { contains: articleTypeOf(article.type) } }] },
  ]
  const conditionIds = ids(article.conditions)
  if (conditionIds.length > 0) {
    applies.push({ and: [{ scope: { equals: 'condition' } }, { conditions: { in: conditionIds } }] })
  }
  const ownIds = ids(article.disclaimers)
  if (ownIds.length > 0) applies.push({ id: { in: ownIds } })
  const { totalDocs } = await req.payload.count({
    collection: 'disclaimers',
    where: {
      and: [
        // Only what visitors can read counts: a disclaimer's unpublished draft protects nobody.
        { _status: { equals: 'published' } },
        { active: { equals: true } },
        { or: [{ effectiveDate: { exists: false } }, { effectiveDate: { less_than_equal: now } }] },
        { or: applies },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

export function claimFindingsOf(article: ArticleContent): ClaimFinding[] {
  return scanClaims({ title: article.title, excerpt: article.excerpt, body: article.body, meta: article.meta })
}

export function acceptedKeysOf(article: ArticleContent): string[] {
  return (article.acceptedClaims ?? []).map((accepted) => accepted.key)
}

/** Every unmet publish gate for this content in this state, in editor words ([] = publishable). */
export async function unmetPublishGates(
  req: PayloadRequest,
  article: ArticleContent,
  workflowState: WorkflowState,
): Promise<GateFailure[]> {
  // One after the other: both run on the request's transaction, which is one connection.
  const citations = await citationStatuses(req, ids(article.citations))
  const applicableDisclaimers = await applicableDisclaimerCount(req, article)
  return evaluatePublishGates({
    workflowState,
    articleType: articleTypeOf(article.type),
    excerpt: article.excerpt,
    citations,
    conditionCount: ids(article.conditions).length,
    applicableDisclaimerCount: applicableDisclaimers,
    claimFindings: claimFindingsOf(article),
    acceptedFindingKeys: acceptedKeysOf(article),
  })
}
