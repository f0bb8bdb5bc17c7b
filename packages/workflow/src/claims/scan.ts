import { lexicalToPlainText } from '@clinic/rich-text'
import { findingKey, normaliseForKey } from './findingKey'
import { isNegated } from './negation'
import { CLAIM_RULES } from './rules'
import { sentenceAround } from './sentences'
import { CLAIM_FIELDS, type ClaimField, type ClaimFinding, type ClaimRule } from './types'

export interface ClaimScanInput {
  title?: string | null
  excerpt?: string | null
  /** Lexical editor state JSON (Payload rich text). */
  body?: unknown
  /** The SEO fields (Payload's `meta` group). */
  meta?: { title?: string | null; description?: string | null } | null
}

/** Every risky, un-negated claim in the article, in reading order. */
export function scanClaims(input: ClaimScanInput, rules: readonly ClaimRule[] = CLAIM_RULES): ClaimFinding[] {
  const texts: Record<ClaimField, string> = {
    title: typeof input.title === 'string' ? input.title : '',
    excerpt: typeof input.excerpt === 'string' ? input.excerpt : '',
    body: lexicalToPlainText(input.body),
    metaTitle: typeof input.meta?.title === 'string' ? input.meta.title : '',
    metaDescription: typeof input.meta?.description === 'string' ? input.meta.description : '',
  }
  return CLAIM_FIELDS.flatMap((field) => scanText(texts[field], field, rules))
}

/** Findings in one field's plain text; offsets are within `text`. */
export function scanText(text: string, field: ClaimField, rules: readonly ClaimRule[] = CLAIM_RULES): ClaimFinding[] {
  // Same length replacement, so offsets still point into the original text.
  const searchable = text.replace(/[’‘]/g, "'")
  const hits = rules.flatMap((rule, ruleOrder) => findHits(searchable, rule).map((hit) => ({ ...hit, rule, ruleOrder })))
  const kept = dropContainedHits(hits.filter((hit) => !isNegated(searchable.slice(hit.sentence.start, hit.start))))
  kept.sort((a, b) => a.start - b.start || a.ruleOrder - b.ruleOrder)
  const occurrences = new Map<string, number>()
  return kept.map(({ rule, start, end, sentence }) => {
    const sentenceText = text.slice(sentence.start, sentence.end)
    const match = text.slice(start, end)
    const identity = [rule.id, normaliseForKey(sentenceText), normaliseForKey(match)].join('\u0000')
    const occurrence = occurrences.get(identity) ?? 0
    occurrences.set(identity, occurrence + 1)
    return {
      key: findingKey(rule.id, field, sentenceText, match, occurrence),
      ruleId: rule.id,
      label: rule.label,
      field,
      match,
      start,
      end,
      context: snippet(text, sentence, start, end),
      why: rule.why,
      suggestion: rule.suggestion,
    }
  })
}

interface Hit {
  start: number
  end: number
  sentence: { start: number; end: number }
}

function findHits(text: string, rule: ClaimRule): Hit[] {
  const hits: Hit[] = []
  for (const found of text.matchAll(compiledPattern(rule.pattern))) {
    if (found[0] === '') continue
    const start = found.index
    const end = start + found[0].length
    hits.push({ start, end, sentence: sentenceAround(text, start, end) })
  }
  return hits
}

const compiledPatterns = new Map<string, RegExp>()
function compiledPattern(pattern: string): RegExp {
  let regex = compiledPatterns.get(pattern)
  if (!regex) {
    regex = new RegExp(String.raw`\b(?:${pattern})\b`, 'gi')
    compiledPatterns.set(pattern, regex)
  }
  return regex
}

/** "miracle cure" is one claim, not a miracle claim plus a cure claim: the longer match wins. */
function dropContainedHits<T extends Hit & { ruleOrder: number }>(hits: T[]): T[] {
  return hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other !== hit &&
          other.start <= hit.start &&
          hit.end <= other.end &&
          (other.end - other.start > hit.end - hit.start || other.ruleOrder < hit.ruleOrder),
      ),
  )
}

const MAX_CONTEXT = 240

/** The sentence, or a window of it around the match when the sentence is very long. */
function snippet(text: string, sentence: { start: number; end: number }, start: number, end: number): string {
  if (sentence.end - sentence.start <= MAX_CONTEXT) return text.slice(sentence.start, sentence.end)
  const from = Math.max(sentence.start, start - MAX_CONTEXT / 2)
  const to = Math.min(sentence.end, end + MAX_CONTEXT / 2)
  return `${from > sentence.start ? '…' : ''}${text.slice(from, to).trim()}${to < sentence.end ? '…' : ''}`
}
