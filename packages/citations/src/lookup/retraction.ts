export type RetractionStatus = 'none' | 'retracted' | 'corrected' | 'concern'

export type NoticeKind = 'retraction' | 'partial-retraction' | 'erratum' | 'expression-of-concern'

export interface RetractionNotice {
  kind: NoticeKind
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) when the source gives one. */
  date?: string
  /** Where the editor can read the notice. */
  url: string
  /** What the source calls it, e.g. "Lancet. 2010 Feb 6;375(9713):445." or "Retraction". */
  label: string
}

export interface RetractionInfo {
  status: RetractionStatus
  notices: RetractionNotice[]
}

/** The status a notice of each kind puts a paper in. A partial retraction leaves the paper standing, corrected. */
export const STATUS_OF_NOTICE: Readonly<Record<NoticeKind, Exclude<RetractionStatus, 'none'>>> = {
  retraction: 'retracted',
  'partial-retraction': 'corrected',
  erratum: 'corrected',
  'expression-of-concern': 'concern',
}

/** Most serious first: a retracted paper that also had an erratum is "retracted". */
export const STATUS_SEVERITY: readonly RetractionStatus[] = ['retracted', 'concern', 'corrected', 'none']

export function mostSeriousStatus(statuses: Iterable<RetractionStatus>): RetractionStatus {
  const present = new Set(statuses)
  return STATUS_SEVERITY.find((status) => present.has(status)) ?? 'none'
}

/** Builds the status from notices plus flags that carry no notice (PubMed's "Retracted Publication" type). */
export function retractionInfo(notices: RetractionNotice[], extraStatuses: RetractionStatus[] = []): RetractionInfo {
  const unique = notices.filter(
    (notice, index) => notices.findIndex((other) => other.kind === notice.kind && other.url === notice.url) === index,
  )
  return {
    status: mostSeriousStatus([...unique.map((notice) => STATUS_OF_NOTICE[notice.kind]), ...extraStatuses]),
    notices: unique,
  }
}
