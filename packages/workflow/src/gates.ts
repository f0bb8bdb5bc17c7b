import { ARTICLE_TYPE_NAMES, ARTICLE_TYPE_REQUIREMENTS, type ArticleType } from './articleTypes'
import { CLAIM_FIELD_NAMES, type ClaimFinding } from './claims/types'
import { STATE_LABELS, type WorkflowState } from './states'
import { joinInWords } from './wording'

export interface CitationStatus {
  /** Computed by the caller (the citations package). */
  valid: boolean
  label?: string
  problems?: string[]
  /**
   * The paper has been retracted (the CMS's retraction watch). A research summary based on a
   * retracted paper must not go live: the first citation is the paper it summarises.
   */
  retracted?: boolean
  /** The retraction notice, to name it in the refusal: date as the source gives it (YYYY[-MM[-DD]]), where to read it. */
  retractionNotice?: { date?: string | null; url?: string | null }
  /**
   * What the site would print for this paper was approved by a medical reviewer: it is live, or
   * approved and goes live with the article. `false` blocks publishing; left out, only validity counts.
   */
  reviewed?: boolean
}

export interface PublishGateInput {
  workflowState: WorkflowState
  articleType: ArticleType
  excerpt?: string | null
  citations: readonly CitationStatus[]
  conditionCount: number
  /** Disclaimers that apply to this article; the site-wide one counts. */
  applicableDisclaimerCount: number
  claimFindings: readonly ClaimFinding[]
  /** Keys of findings a medical reviewer accepted with a written justification. */
  acceptedFindingKeys: readonly string[]
}

export type PublishGate = 'approved' | 'citation' | 'condition' | 'excerpt' | 'disclaimer' | 'claims'

export interface GateFailure {
  gate: PublishGate
  /** A whole sentence an editor can act on. */
  message: string
}

/** Every unmet publish requirement, in the order an editor would fix them; [] means publishable. */
export function evaluatePublishGates(input: PublishGateInput): GateFailure[] {
  return [approvedGate, citationGate, conditionGate, excerptGate, disclaimerGate, claimsGate]
    .map((gate) => gate(input))
    .filter((failure): failure is GateFailure => failure !== null)
}

/**
 * The gates every reviewed text passes before it goes live, whatever its kind (a condition, a
 * disclaimer): approved by a medical reviewer, and no open risky claim. Articles have more.
 */
export function evaluateReviewGates(
  input: Pick<PublishGateInput, 'workflowState' | 'claimFindings' | 'acceptedFindingKeys'>,
): GateFailure[] {
  return [approvedGate(input), claimsGate(input)].filter((failure): failure is GateFailure => failure !== null)
}

function approvedGate({ workflowState }: Pick<PublishGateInput, 'workflowState'>): GateFailure | null {
  if (workflowState === 'approved') return null
  return fail('approved', `It must be approved by a medical reviewer first (it is currently ${STATE_LABELS[workflowState]}).`)
}

function citationGate({ articleType, citations }: PublishGateInput): GateFailure | null {
  const sentences: string[] = []
  const primary = citations[0]
  if (primary?.retracted) sentences.push(retractedSentence(primary))
  const invalid = citations.map((citation, index) => ({ citation, index })).filter(({ citation }) => !citation.valid)
  if (invalid.length > 0) {
    const described = invalid.map(({ citation, index }) => describeCitation(citation, index))
    const noun = invalid.length === 1 ? 'citation needs' : 'citations need'
    sentences.push(`${invalid.length} ${noun} fixing: ${described.join('; ')}.`)
  }
  const unreviewed = citations.map((citation, index) => ({ citation, index })).filter(({ citation }) => citation.reviewed === false)
  if (unreviewed.length > 0) {
    const named = unreviewed.map(({ citation, index }) => citationName(citation, index))
    const verb = unreviewed.length === 1 ? 'has' : 'have'
    const list = joinInWords(named, 'and')
    sentences.push(
      `${list.charAt(0).toUpperCase()}${list.slice(1)} ${verb} not been approved by a medical reviewer: approving the article approves its new citations; a correction to a live citation is reviewed on the citation itself.`,
    )
  }
  if (sentences.length > 0) return fail('citation', sentences.join(' '))
  const needed = ARTICLE_TYPE_REQUIREMENTS[articleType].minCitations
  if (citations.length >= needed) return null
  return fail('citation', `${article(articleType)} needs at least ${count(needed, 'citation')} to the research it describes.`)
}

/** "The paper it is based on, “Wakefield AJ et al., Lancet 1998”, was retracted on 2010-02-06 (https://…): …" */
function retractedSentence(citation: CitationStatus): string {
  const name = citation.label?.trim() ? `, “${citation.label.trim()}”,` : ''
  const date = citation.retractionNotice?.date?.trim()
  const url = citation.retractionNotice?.url?.trim()
  const when = date ? ` on ${date}` : ''
  const where = url ? ` (notice: ${url})` : ''
  return `The paper it is based on${name} was retracted${when}${where}: base it on another paper, or leave it unpublished.`
}

function citationName(citation: CitationStatus, index: number): string {
  return citation.label?.trim() ? `“${citation.label.trim()}”` : `citation ${index + 1}`
}

function describeCitation(citation: CitationStatus, index: number): string {
  const name = citationName(citation, index)
  const problems = (citation.problems ?? []).filter((problem) => problem.trim() !== '')
  return problems.length > 0 ? `${name} (${problems.join(', ')})` : `${name} is incomplete`
}

function conditionGate({ articleType, conditionCount }: PublishGateInput): GateFailure | null {
  const needed = ARTICLE_TYPE_REQUIREMENTS[articleType].minConditions
  if (conditionCount >= needed) return null
  return fail('condition', `${article(articleType)} must be linked to at least ${count(needed, 'condition')}.`)
}

function excerptGate({ excerpt }: PublishGateInput): GateFailure | null {
  if (typeof excerpt === 'string' && excerpt.trim() !== '') return null
  return fail('excerpt', 'It needs an excerpt: the short summary shown in article lists and search results.')
}

function disclaimerGate({ applicableDisclaimerCount }: PublishGateInput): GateFailure | null {
  if (applicableDisclaimerCount > 0) return null
  return fail('disclaimer', 'No medical disclaimer applies to it: add one, or ask an admin to turn on the site-wide disclaimer.')
}

function claimsGate({
  claimFindings,
  acceptedFindingKeys,
}: Pick<PublishGateInput, 'claimFindings' | 'acceptedFindingKeys'>): GateFailure | null {
  const open = claimFindings.filter((finding) => !acceptedFindingKeys.includes(finding.key))
  if (open.length === 0) return null
  const shown = open.slice(0, 5).map((finding) => `“${finding.match}” in the ${CLAIM_FIELD_NAMES[finding.field]}`)
  if (open.length > shown.length) shown.push(`${open.length - shown.length} more`)
  const noun = open.length === 1 ? 'risky claim needs' : 'risky claims need'
  return fail('claims', `${open.length} ${noun} rewording or a medical reviewer's written justification: ${joinInWords(shown, 'and')}.`)
}

function fail(gate: PublishGate, message: string): GateFailure {
  return { gate, message }
}

function article(articleType: ArticleType): string {
  return `A ${ARTICLE_TYPE_NAMES[articleType]}`
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
