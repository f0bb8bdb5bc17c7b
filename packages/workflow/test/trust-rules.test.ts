import { describe, expect, it } from 'vitest'
import { auditTrust, type AuditedItem, TRUST_RULES } from '../src'

const NOW = new Date('2026-12-03T12:00:00Z')
const clean: AuditedItem = {
  kind: 'articles',
  id: 1,
  title: 'A phase 2 trial',
  authorId: 3,
  reviewedById: 7,
  approvedByOverride: false,
  nextReviewDue: '2027-06-01T00:00:00.000Z',
  openClaims: 0,
  articleType: 'research-summary',
  validCitations: 1,
  invalidCitations: 0,
  conditionCount: 1,
  applicableDisclaimers: 1,
}

describe('the trust audit', () => {
  it('finds nothing wrong with reviewed, complete content', () => {
    expect(
      auditTrust(
        [
          clean,
          {
            ...clean,
            kind: 'conditions',
            id: 2,
            articleType: undefined,
            validCitations: undefined,
            conditionCount: undefined,
            applicableDisclaimers: undefined,
          },
        ],
        NOW,
      ),
    ).toEqual([])
  })

  it.each([
    ['approved-by-author', { reviewedById: 3 }],
    ['approved-by-override', { approvedByOverride: true }],
    ['review-overdue', { nextReviewDue: '2026-12-01T00:00:00.000Z' }],
    ['open-claim', { openClaims: 2 }],
    ['citation', { validCitations: 0 }],
    ['citation', { invalidCitations: 1 }],
    ['retracted-paper', { retractedPrimaryPaper: 'Wakefield AJ et al., Lancet 1998' }],
    ['condition', { conditionCount: 0 }],
    ['disclaimer', { applicableDisclaimers: 0 }],
  ] as const)('flags %s, and only that', (rule, broken) => {
    const findings = auditTrust([{ ...clean, ...broken }], NOW)
    expect(findings.map((finding) => finding.rule)).toEqual([rule])
    expect(findings[0]!.reason).not.toBe('')
  })

  it('asks articles only for citations, conditions and disclaimers, by their type', () => {
    const condition: AuditedItem = {
      ...clean,
      kind: 'conditions',
      articleType: undefined,
      validCitations: 0,
      conditionCount: 0,
      applicableDisclaimers: 0,
    }
    expect(auditTrust([condition], NOW)).toEqual([])
    expect(auditTrust([{ ...clean, articleType: 'lifestyle-post', validCitations: 0, conditionCount: 0 }], NOW)).toEqual([])
  })

  it('is a list of rules, each with an id and a label, that takes one more rule without other changes', () => {
    expect(new Set(TRUST_RULES.map((rule) => rule.id)).size).toBe(TRUST_RULES.length)
    const retracted = {
      id: 'retracted',
      label: 'Paper retracted',
      breach: (item: AuditedItem) => (item.title.includes('retracted') ? 'The paper was retracted.' : null),
    }
    expect(auditTrust([{ ...clean, title: 'A retracted trial' }], NOW, [...TRUST_RULES, retracted]).map((finding) => finding.rule)).toEqual(
      ['retracted'],
    )
  })
})
