import { normalizeDoi, normalizePmcid, normalizePmid } from '../identifiers'
import { collapseWhitespace } from '../text'
import type { Citation } from '../types'

export type FieldDifferenceKind = 'differs' | 'only-pasted' | 'only-looked-up'

export interface FieldDifference {
  field: keyof Citation
  kind: FieldDifferenceKind
  pasted?: Citation[keyof Citation]
  lookedUp?: Citation[keyof Citation]
}

/** The fields compared, in the order a citation prints them. */
export const COMPARED_FIELDS: ReadonlyArray<keyof Citation> = [
  'authors',
  'title',
  'journal',
  'year',
  'month',
  'day',
  'volume',
  'issue',
  'pages',
  'doi',
  'pmid',
  'pmcid',
  'epubDate',
]

/**
 * How two values of a field are brought to one spelling before comparing, so only real
 * disagreements are listed: spacing everywhere, case where the field is case-insensitive
 * (identifiers, journal abbreviations), a title's closing full stop, identifier prefixes and links.
 */
const COMPARABLE: Readonly<Partial<Record<keyof Citation, (value: string) => string>>> = {
  title: (value) => value.replace(/\.$/, '').toLowerCase(),
  journal: (value) => value.replace(/\./g, '').toLowerCase(),
  doi: (value) => {
    const doi = normalizeDoi(value)
    return doi.ok ? doi.value : value.toLowerCase()
  },
  pmid: (value) => {
    const pmid = normalizePmid(value)
    return pmid.ok ? pmid.value : value
  },
  pmcid: (value) => {
    const pmcid = normalizePmcid(value)
    return pmcid.ok ? pmcid.value : value.toUpperCase()
  },
  pages: (value) => value.toLowerCase(),
}

function comparable(field: keyof Citation, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (Array.isArray(value)) {
    const names = value.map((name) => collapseWhitespace(String(name))).filter(Boolean)
    return names.length > 0 ? names.join('; ') : undefined
  }
  const text = collapseWhitespace(String(value))
  if (text === '') return undefined
  return (COMPARABLE[field] ?? ((same: string) => same))(text)
}

/**
 * Lists the fields where what the editor pasted and what the source of record says disagree, so
 * the editor sees each difference before saving. Pure; nothing is changed.
 */
export function diffCitation(pasted: Partial<Citation>, lookedUp: Partial<Citation>): FieldDifference[] {
  const differences: FieldDifference[] = []
  for (const field of COMPARED_FIELDS) {
    const mine = comparable(field, pasted?.[field])
    const theirs = comparable(field, lookedUp?.[field])
    if (mine === theirs) continue
    const kind: FieldDifferenceKind = mine === undefined ? 'only-looked-up' : theirs === undefined ? 'only-pasted' : 'differs'
    const difference: FieldDifference = { field, kind }
    if (mine !== undefined) difference.pasted = pasted[field]
    if (theirs !== undefined) difference.lookedUp = lookedUp[field]
    differences.push(difference)
  }
  return differences
}
