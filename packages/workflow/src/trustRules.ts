import { ARTICLE_TYPE_REQUIREMENTS, type ArticleType } from './articleTypes'
import { isReviewOverdue } from './reviewDates'

/**
 * What the trust audit knows about one live item (an article, a condition, a disclaimer, the
 * clinic profile, a reviewer profile). The CMS
 * gathers it; the rules below judge it, so the list of rules is data and a new one (a retracted
 * paper, say) is one more entry.
 */
export interface AuditedItem {
  kind: 'articles' | 'conditions' | 'disclaimers' | 'clinic-profile' | 'reviewer-profiles'
  id: number
  title: string
  authorId: number | null
  reviewedById: number | null
  approvedByOverride: boolean
  nextReviewDue: string | null
  /** Claims-check findings no medical reviewer accepted. */
  openClaims: number
  /** Articles only. */
  articleType?: ArticleType
  validCitations?: number
  invalidCitations?: number
  conditionCount?: number
  applicableDisclaimers?: number
  /** The paper a research summary is based on (its first citation) was retracted: its label, else null. */
  retractedPrimaryPaper?: string | null
}

export interface TrustRule {
  id: string
  /** Short name for the admin's list and the command's table. */
  label: string
  /** Why it breaks the clinic's promise, for an item that breaks it; null when it does not. */
  breach(item: AuditedItem, now: Date): string | null
}

const isArticle = (item: AuditedItem) => item.kind === 'articles' && item.articleType !== undefined

export const TRUST_RULES: readonly TrustRule[] = [
  {
    id: 'approved-by-author',
    label: 'Approved by its author',
    breach: (item) =>
      item.reviewedById !== null && item.reviewedById === item.authorId ? 'Its medical review was signed by its own author.' : null,
  },
  {
    id: 'approved-by-override',
    label: 'Approved by an override',
    breach: (item) => (item.approvedByOverride ? 'It is live on an admin override (or a migration), not a medical review.' : null),
  },
  {
    id: 'review-overdue',
    label: 'Review overdue',
    breach: (item, now) => (isReviewOverdue(item.nextReviewDue, now) ? `Its review was due on ${item.nextReviewDue!.slice(0, 10)}.` : null),
  },
  {
    id: 'open-claim',
    label: 'Unresolved risky claim',
    breach: (item) =>
      item.openClaims > 0 ? `${item.openClaims} risky claim${item.openClaims === 1 ? '' : 's'} without a reviewer's justification.` : null,
  },
  {
    id: 'citation',
    label: 'No valid citation',
    breach: (item) => {
      if (!isArticle(item)) return null
      if ((item.invalidCitations ?? 0) > 0) return `${item.invalidCitations} of its citations are incomplete or invalid.`
      const needed = ARTICLE_TYPE_REQUIREMENTS[item.articleType!].minCitations
      return (item.validCitations ?? 0) < needed ? 'A research summary without a valid citation of the paper it summarises.' : null
    },
  },
  {
    id: 'retracted-paper',
    label: 'Based on a retracted paper',
    breach: (item) =>
      isArticle(item) && item.retractedPrimaryPaper ? `The paper it is based on, “${item.retractedPrimaryPaper}”, was retracted.` : null,
  },
  {
    id: 'condition',
    label: 'No condition',
    breach: (item) => {
      if (!isArticle(item)) return null
      const needed = ARTICLE_TYPE_REQUIREMENTS[item.articleType!].minConditions
      return (item.conditionCount ?? 0) < needed ? 'It names no condition, so no condition page or condition disclaimer applies.' : null
    },
  },
  {
    id: 'disclaimer',
    label: 'No disclaimer applies',
    breach: (item) =>
      isArticle(item) && (item.applicableDisclaimers ?? 0) === 0 ? 'No active, published medical disclaimer applies to it.' : null,
  },
]

export interface TrustFinding {
  rule: string
  label: string
  item: Pick<AuditedItem, 'kind' | 'id' | 'title'>
  reason: string
}

/** Every rule the items break, in rule order then item order. */
export function auditTrust(items: readonly AuditedItem[], now: Date, rules: readonly TrustRule[] = TRUST_RULES): TrustFinding[] {
  return rules.flatMap((rule) =>
    items.flatMap((item) => {
      const reason = rule.breach(item, now)
      return reason ? [{ rule: rule.id, label: rule.label, item: { kind: item.kind, id: item.id, title: item.title }, reason }] : []
    }),
  )
}
