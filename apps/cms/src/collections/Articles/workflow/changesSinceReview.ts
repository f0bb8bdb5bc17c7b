import { diffWords } from 'diff'
import type { PayloadRequest } from 'payload'

import { lexicalToPlainText } from '@clinic/rich-text'
import { CLAIM_FIELD_NAMES, type ClaimFinding } from '@clinic/workflow'

import { claimFindingsFor, REVIEW_KINDS, type ReviewedCollection } from './reviewKinds'

/** A run of words in a text field's diff: kept, added or removed. */
export interface DiffPart {
  text: string
  change: 'same' | 'added' | 'removed'
}

export interface FieldChange {
  field: string
  /** The words before and after, marked (text fields, rich text as paragraphs). */
  parts: DiffPart[]
}

export interface ChangesSinceReview {
  /** The review the comparison starts from; null when nobody has reviewed this document yet. */
  since: { at: string; by: string; action: string } | null
  changes: FieldChange[]
  /** The claims check's findings as sentences: new since that review, and gone since. */
  findings: { added: string[]; resolved: string[] }
}

/** Trail entries a medical reviewer's reading of a version leaves behind. */
const REVIEW_ACTIONS = ['approve', 'override_approve', 'request_changes', 'send_back']

type Doc = Record<string, unknown>

/**
 * What changed since the version the last review was of (issue 18): the reviewer sees the words
 * that were added and removed in each reviewed field, and the claims check's findings as
 * sentences, instead of Payload's version JSON.
 */
export async function changesSinceReview(req: PayloadRequest, collection: ReviewedCollection, id: number): Promise<ChangesSinceReview> {
  const kind = REVIEW_KINDS[collection]
  const current = (await req.payload.findByID({ collection, id, draft: true, depth: 1, overrideAccess: false, req })) as unknown as Doc
  const { docs: events } = await req.payload.find({
    collection: 'workflow-events',
    where: {
      and: [
        collection === 'articles'
          ? { article: { equals: id } }
          : { and: [{ subjectType: { equals: collection } }, { subjectId: { equals: id } }] },
        { action: { in: REVIEW_ACTIONS } },
      ],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const review = events[0]
  let before: Doc = {}
  if (review) {
    const { docs: versions } = await req.payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { updatedAt: { less_than_equal: review.createdAt } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 1,
      overrideAccess: false,
      req,
    })
    before = ((versions[0]?.version as Doc | undefined) ?? {}) as Doc
  }
  const changes: FieldChange[] = []
  for (const field of kind.reviewedFields) {
    const was = readable(before[field])
    const now = readable(current[field])
    if (was === now) continue
    changes.push({
      field,
      parts: diffWords(was, now).map((part) => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' })),
    })
  }
  const findingsBefore = review ? claimFindingsFor(collection, before) : []
  const findingsNow = claimFindingsFor(collection, current)
  const keys = (findings: ClaimFinding[]) => new Set(findings.map((finding) => finding.key))
  const [keysBefore, keysNow] = [keys(findingsBefore), keys(findingsNow)]
  return {
    since: review ? { at: review.createdAt, by: review.actorName, action: review.action } : null,
    changes,
    findings: {
      added: findingsNow.filter((finding) => !keysBefore.has(finding.key)).map(findingSentence),
      resolved: findingsBefore.filter((finding) => !keysNow.has(finding.key)).map(findingSentence),
    },
  }
}

/** “Proven cure” in the excerpt: a promise of a cure. */
function findingSentence(finding: ClaimFinding): string {
  return `“${finding.match}” in the ${CLAIM_FIELD_NAMES[finding.field]}: ${finding.label.charAt(0).toLowerCase()}${finding.label.slice(1)}.`
}

/** A field's value as a reader sees it: rich text as paragraphs, relationships by name, groups as "key: value" lines. */
function readable(value: unknown): string {
  if (value === null || value === undefined || value === '') return ''
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.map(readable).filter(Boolean).join('\n')
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('root' in record) return lexicalToPlainText(record)
    const name = record.title ?? record.name ?? record.label ?? record.alt
    if (typeof name === 'string') return name
    return Object.entries(record)
      .filter(([key, inner]) => key !== 'id' && inner !== null && inner !== undefined && inner !== '')
      .map(([key, inner]) => `${key}: ${readable(inner)}`)
      .join('\n')
  }
  return ''
}
