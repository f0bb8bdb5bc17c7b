import type { Payload, PayloadRequest } from 'payload'

import { ARTICLE_TYPES, type ArticleType, type AuditedItem, auditTrust, type TrustFinding } from '@clinic/workflow'

import { applicableDisclaimerCount, citationStatuses } from '../collections/Articles/workflow/publishGates'
import { claimFindingsFor, REVIEW_KINDS, type ReviewedCollection } from '../collections/Articles/workflow/reviewKinds'
import { env } from '../env'

const PAGE = 200

type Row = Record<string, unknown> & { id: number }

const idOf = (value: unknown): number | null => {
  const id = Number(value && typeof value === 'object' ? (value as { id?: unknown }).id : value)
  return Number.isFinite(id) && id > 0 ? id : null
}
const ids = (value: unknown): number[] => (Array.isArray(value) ? value.map(idOf).filter((id): id is number => id !== null) : [])

function openClaims(collection: ReviewedCollection, row: Row): number {
  const accepted = new Set(((row.acceptedClaims ?? []) as { key: string }[]).map((entry) => entry.key))
  return claimFindingsFor(collection, row).filter((finding) => !accepted.has(finding.key)).length
}

/** What visitors can read now, one kind at a time, page by page: the published rows. */
async function* liveRows(payload: Payload, req: PayloadRequest, collection: ReviewedCollection): AsyncGenerator<Row> {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection,
      // A disclaimer that is switched off shows nowhere; every other published row is on the site.
      where:
        collection === 'disclaimers'
          ? { and: [{ _status: { equals: 'published' } }, { active: { equals: true } }] }
          : { _status: { equals: 'published' } },
      depth: 0,
      limit: PAGE,
      page,
      sort: 'id',
      overrideAccess: true,
      req,
    })
    for (const doc of result.docs) yield doc as unknown as Row
    if (!result.hasNextPage) return
  }
}

async function audited(req: PayloadRequest, collection: AuditedItem['kind'], row: Row): Promise<AuditedItem> {
  const item: AuditedItem = {
    kind: collection,
    id: row.id,
    title: String(row[REVIEW_KINDS[collection].titleField] ?? ''),
    authorId: idOf(row[REVIEW_KINDS[collection].authorField]),
    reviewedById: idOf(row.reviewedBy),
    approvedByOverride: row.approvedByOverride === true,
    nextReviewDue: typeof row.nextReviewDue === 'string' ? row.nextReviewDue : null,
    openClaims: openClaims(collection, row),
  }
  if (collection !== 'articles') return item
  const citations = await citationStatuses(req, ids(row.citations))
  return {
    ...item,
    articleType: (ARTICLE_TYPES as readonly unknown[]).includes(row.type) ? (row.type as ArticleType) : 'research-summary',
    validCitations: citations.filter((citation) => citation.valid).length,
    invalidCitations: citations.filter((citation) => !citation.valid).length,
    retractedPrimaryPaper: citations[0]?.retracted ? (citations[0].label ?? 'its first citation') : null,
    conditionCount: ids(row.conditions).length,
    applicableDisclaimers: await applicableDisclaimerCount(req, row as Parameters<typeof applicableDisclaimerCount>[1]),
  }
}

export interface TrustAuditReport {
  checkedAt: string
  items: number
  findings: (TrustFinding & { adminUrl: string })[]
}

/** The trust audit (issue 14): every live item against every rule in @clinic/workflow's TRUST_RULES. */
export async function runTrustAudit(payload: Payload, req?: PayloadRequest): Promise<TrustAuditReport> {
  const request = req ?? ({ payload, context: {} } as unknown as PayloadRequest)
  const now = new Date()
  const items: AuditedItem[] = []
  // Citations are audited through the articles that print them (validity, retraction), not as items of their own.
  for (const collection of ['articles', 'conditions', 'disclaimers', 'clinic-profile', 'reviewer-profiles'] as const) {
    for await (const row of liveRows(payload, request, collection)) items.push(await audited(request, collection, row))
  }
  const findings = auditTrust(items, now).map((finding) => ({
    ...finding,
    adminUrl: `${env.serverUrl}/admin/collections/${finding.item.kind}/${finding.item.id}`,
  }))
  return { checkedAt: now.toISOString(), items: items.length, findings }
}

/** The report as a plain-text table for the command line. */
export function formatTrustAudit(report: TrustAuditReport): string {
  if (report.findings.length === 0) return `Trust audit: ${report.items} live items, every trust rule holds.`
  const rows = report.findings.map((finding) => [
    finding.label,
    `${finding.item.kind} ${finding.item.id}`,
    finding.item.title,
    finding.reason,
    finding.adminUrl,
  ])
  const header = ['rule', 'item', 'title', 'why', 'fix it at']
  const widths = header.map((name, column) =>
    Math.min(column === 2 ? 50 : 100, Math.max(name.length, ...rows.map((row) => row[column]!.length))),
  )
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.slice(0, widths[column]).padEnd(widths[column]!))
      .join('  ')
      .trimEnd()
  return [
    `Trust audit: ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} in ${report.items} live items.`,
    '',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
  ].join('\n')
}
