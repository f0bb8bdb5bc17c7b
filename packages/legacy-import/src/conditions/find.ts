import type { ConditionCategory } from '../types'
import { KNOWN_CONDITIONS, type KnownCondition } from './knownConditions'

export interface ConditionMention {
  name: string
  slug: string
  category: ConditionCategory
  /** How often the text names it (overlapping names, e.g. "systemic lupus erythematosus" and "lupus", count once). */
  mentions: number
  /** mentions, plus EMPHASIS_WEIGHT for each emphasised text (title, citation title, heading) naming it. */
  score: number
}

export interface FoundConditions {
  /** What the text is about: the top condition and any named about as prominently. */
  primary: ConditionMention[]
  /** Every condition named, most prominent first. */
  all: ConditionMention[]
}

export interface FindConditionsOptions {
  /**
   * Texts that say what the page is about (a cited paper's title, headings): a condition they
   * name weighs more than one named in passing.
   */
  emphasised?: readonly string[]
  /** Defaults to KNOWN_CONDITIONS; tests and callers may pass their own list. */
  conditions?: readonly KnownCondition[]
}

/** A title or heading naming a condition is worth this many mentions in the body. */
const EMPHASIS_WEIGHT = 3
/** A second condition is primary too when it scores at least this share of the top one… */
const CO_PRIMARY_SHARE = 0.5
/** …and is named at least this often (a single mention is a passing one). */
const MIN_PRIMARY_MENTIONS = 2

type Span = readonly [start: number, end: number]

function spansOf(text: string, patterns: readonly RegExp[]): Span[] {
  const spans: Span[] = []
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
    for (const match of text.matchAll(global)) {
      if (match[0] !== '') spans.push([match.index, match.index + match[0].length])
    }
  }
  return spans
}

/** Overlapping matches ("systemic lupus erythematosus" inside which "lupus" also matches) count once. */
function countDistinct(spans: readonly Span[]): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1])
  let count = 0
  let coveredUntil = -1
  for (const [start, end] of sorted) {
    if (start >= coveredUntil) count += 1
    coveredUntil = Math.max(coveredUntil, end)
  }
  return count
}

/** Spans of one condition in one text; abbreviations only where the full name is spelled out. */
function conditionSpans(condition: KnownCondition, text: string, fullNameDefined: boolean): Span[] {
  const named = spansOf(text, condition.patterns)
  const mayAbbreviate = fullNameDefined || named.length > 0
  return mayAbbreviate && condition.abbreviations ? [...named, ...spansOf(text, condition.abbreviations)] : named
}

/**
 * The conditions a text is about. Matching follows the data in knownConditions.ts (word
 * boundaries, abbreviations in capitals and only once the name is spelled out); ranking is by
 * mentions plus emphasis, so a page about Parkinson's disease that mentions stroke once is about
 * Parkinson's disease only, while an overview of three diseases is about all three.
 */
export function findConditions(text: string, options: FindConditionsOptions = {}): FoundConditions {
  const conditions = options.conditions ?? KNOWN_CONDITIONS
  const emphasised = options.emphasised ?? []
  const body = typeof text === 'string' ? text : ''

  const spansBySlug = new Map<string, Span[]>()
  const emphasisBySlug = new Map<string, number>()
  for (const condition of conditions) {
    const spans = conditionSpans(condition, body, false)
    const emphasis = emphasised.filter((line) => conditionSpans(condition, line, spans.length > 0).length > 0).length
    if (spans.length > 0 || emphasis > 0) {
      spansBySlug.set(condition.slug, spans)
      emphasisBySlug.set(condition.slug, emphasis)
    }
  }

  absorbBroaderMentions(conditions, spansBySlug, emphasisBySlug)

  const all: ConditionMention[] = conditions
    .filter((condition) => spansBySlug.has(condition.slug))
    .map((condition) => {
      const mentions = countDistinct(spansBySlug.get(condition.slug)!)
      const score = mentions + EMPHASIS_WEIGHT * (emphasisBySlug.get(condition.slug) ?? 0)
      return { name: condition.name, slug: condition.slug, category: condition.category, mentions, score }
    })
    .sort((a, b) => b.score - a.score || b.mentions - a.mentions || a.name.localeCompare(b.name))

  return { primary: choosePrimary(all), all }
}

/**
 * "Knee osteoarthritis (OA) … OA … osteoarthritis": when exactly one narrower condition is named,
 * the general condition's mentions are the narrower one's, and the general one is not reported.
 * With two (knee and hip), the page is about osteoarthritis in general, which stays.
 */
function absorbBroaderMentions(
  conditions: readonly KnownCondition[],
  spansBySlug: Map<string, Span[]>,
  emphasisBySlug: Map<string, number>,
): void {
  for (const broad of conditions) {
    const broadSpans = spansBySlug.get(broad.slug)
    if (broadSpans === undefined) continue
    const narrowerFound = conditions.filter((condition) => condition.broader === broad.slug && spansBySlug.has(condition.slug))
    if (narrowerFound.length !== 1) continue
    const narrow = narrowerFound[0]!
    spansBySlug.set(narrow.slug, [...spansBySlug.get(narrow.slug)!, ...broadSpans])
    emphasisBySlug.set(narrow.slug, Math.max(emphasisBySlug.get(narrow.slug) ?? 0, emphasisBySlug.get(broad.slug) ?? 0))
    spansBySlug.delete(broad.slug)
    emphasisBySlug.delete(broad.slug)
  }
}

function choosePrimary(ranked: readonly ConditionMention[]): ConditionMention[] {
  const top = ranked[0]
  if (top === undefined) return []
  // A single passing mention, in neither a title nor a heading, says nothing about the page.
  if (top.mentions < MIN_PRIMARY_MENTIONS && top.score === top.mentions) return []
  return ranked.filter(
    (condition) => condition === top || (condition.score >= top.score * CO_PRIMARY_SHARE && condition.mentions >= MIN_PRIMARY_MENTIONS),
  )
}
