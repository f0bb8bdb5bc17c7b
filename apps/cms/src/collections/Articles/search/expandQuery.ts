import { allowedEdits, editDistance } from './editDistance'
import { type QueryUnit, wordsOf } from './queryUnits'

/** What the published vocabulary says about the words of one query (searchVocabulary.ts reads it). */
export interface VocabularyFacts {
  /** The word, or another form of it (same English stem), is in published content (or is a stop word). */
  isKnown(word: string): boolean
  /** Published words spelled like it (nearest first by trigrams), with how many articles use each. */
  closeWords(word: string): readonly { word: string; documents: number }[]
}

/** Names for one thing: a condition's name and aliases, or an abbreviation and what it stands for. */
export interface SynonymGroup {
  forms: readonly string[]
  /** Set when the group is a published condition: the condition is offered with the results. */
  conditionId?: number
}

/** One way of matching a part of the query: plain words (all present) or a phrase (in order). */
export interface Alternative {
  text: string
  phrase: boolean
}

export interface ExpandedUnit {
  /** The first is what was typed; the others match instead of it, ranked below exact matches. */
  alternatives: Alternative[]
  negated: boolean
  orWithPrevious: boolean
}

export interface QueryExpansion {
  units: ExpandedUnit[]
  /** Anything beyond what was typed: without it the search is exactly `websearch_to_tsquery(q)`. */
  broadened: boolean
  /** The query respelled with its corrections, for "Did you mean"; null when nothing was corrected. */
  correctedQuery: string | null
  /** Conditions the query names, one naming the whole query first. */
  conditionIds: number[]
}

const MIN_COMPOUND_PART = 3

/** Every word whose presence in the vocabulary expandQuery may ask about (one database round trip). */
export function wordsToLookUp(units: readonly QueryUnit[]): string[] {
  const words = new Set<string>()
  units.forEach((unit, index) => {
    for (const word of unit.words) {
      words.add(word)
      for (let cut = MIN_COMPOUND_PART; cut <= word.length - MIN_COMPOUND_PART; cut++) {
        words.add(word.slice(0, cut))
        words.add(word.slice(cut))
      }
    }
    if (unit.words.length > 1) words.add(unit.words.join(''))
    const next = units[index + 1]
    if (next && unit.words.length === 1 && next.words.length === 1) words.add(unit.words[0]! + next.words[0]!)
  })
  return [...words]
}

/** "Parkinson" and "parkinsons" name the same thing; so do "cell" and "cells". */
const sameWord = (a: string, b: string) => a === b || a.replace(/s$/u, '') === b.replace(/s$/u, '')

/** "Multiple Sclerosis" and "multiple sclerosis", "stem cell" and "stem cells": no new alternative. */
function sameWords(a: string, b: string): boolean {
  const [left, right] = [wordsOf(a), wordsOf(b)]
  return left.length === right.length && left.every((word, i) => sameWord(word, right[i]!))
}

interface Segment {
  words: string[]
  phrase: boolean
  negated: boolean
  orWithPrevious: boolean
  extra: Alternative[]
  /** Made of several typed units (a synonym or a joined compound): never corrected again. */
  merged: boolean
}

function bestCorrection(word: string, vocabulary: VocabularyFacts): string | undefined {
  const limit = allowedEdits(word)
  if (limit === 0 || vocabulary.isKnown(word)) return undefined
  let best: { word: string; distance: number; documents: number } | undefined
  for (const candidate of vocabulary.closeWords(word)) {
    const distance = editDistance(word, candidate.word)
    if (distance === 0 || distance > limit) continue
    if (!best || distance < best.distance || (distance === best.distance && candidate.documents > best.documents)) {
      best = { word: candidate.word, distance, documents: candidate.documents }
    }
  }
  return best?.word
}

/** "stemcell" → "stem cell" when both halves are published words (the longest known first half). */
function compoundSplit(word: string, vocabulary: VocabularyFacts): string | undefined {
  if (vocabulary.isKnown(word)) return undefined
  for (let cut = word.length - MIN_COMPOUND_PART; cut >= MIN_COMPOUND_PART; cut--) {
    const [head, tail] = [word.slice(0, cut), word.slice(cut)]
    if (vocabulary.isKnown(head) && vocabulary.isKnown(tail)) return `${head} ${tail}`
  }
  return undefined
}

/** Replaces runs of whole units that spell a synonym group's form with one unit matching any form. */
function applySynonyms(
  segments: Segment[],
  corrected: (word: string) => string,
  groups: readonly SynonymGroup[],
  conditionIds: number[],
): Segment[] {
  const forms = groups
    .flatMap((group) => group.forms.map((form) => ({ group, words: wordsOf(form) })))
    .filter((form) => form.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length)
  let result = segments
  for (const form of forms) {
    const next: Segment[] = []
    for (let start = 0; start < result.length; start++) {
      let end = start
      const spelled: string[] = []
      while (end < result.length && spelled.length < form.words.length) {
        const segment = result[end]!
        if (segment.negated || segment.merged || (end > start && segment.orWithPrevious)) break
        spelled.push(...segment.words.map(corrected))
        end++
      }
      const matches = spelled.length === form.words.length && spelled.every((word, i) => sameWord(word, form.words[i]!))
      if (!matches) {
        next.push(result[start]!)
        continue
      }
      const covered = result.slice(start, end)
      const { group } = form
      if (group.conditionId !== undefined && !conditionIds.includes(group.conditionId)) {
        if (covered.length === result.length) conditionIds.unshift(group.conditionId)
        else conditionIds.push(group.conditionId)
      }
      next.push({
        words: covered.flatMap((segment) => segment.words),
        phrase: false,
        negated: false,
        orWithPrevious: covered[0]!.orWithPrevious,
        // All words rather than the phrase: the GIN index answers that alone, where a phrase makes
        // PostgreSQL read every candidate's whole vector (seconds for a common abbreviation at 100k).
        extra: group.forms.map((text) => ({ text, phrase: false })),
        merged: true,
      })
      start = end - 1
    }
    result = next
  }
  return result
}

/** "spinal cord" also matches "spinalcord" where published text writes it so. */
function joinCompounds(segments: Segment[], vocabulary: VocabularyFacts): Segment[] {
  const result: Segment[] = []
  for (let i = 0; i < segments.length; i++) {
    const [here, next] = [segments[i]!, segments[i + 1]]
    const joinable = (segment: Segment) => !segment.merged && !segment.negated && !segment.phrase && segment.words.length === 1
    if (next && joinable(here) && joinable(next) && !next.orWithPrevious) {
      const joined = here.words[0]! + next.words[0]!
      if (vocabulary.isKnown(joined)) {
        result.push({ ...here, words: [...here.words, ...next.words], extra: [{ text: joined, phrase: false }], merged: true })
        i++
        continue
      }
    }
    result.push(here)
  }
  return result
}

/**
 * How a query is widened for the way patients type: misspelled words (not in any published text)
 * corrected to the closest published word within the edit limit, compounds split and joined, and
 * condition names, aliases and abbreviations matched by any of their forms. Pure: the vocabulary
 * and the groups come from the database (searchVocabulary.ts).
 */
export function expandQuery(units: readonly QueryUnit[], vocabulary: VocabularyFacts, groups: readonly SynonymGroup[]): QueryExpansion {
  const corrections = new Map<string, string>()
  const splits = new Map<string, string>()
  for (const unit of units) {
    if (unit.negated) continue
    for (const word of unit.words) {
      const split = compoundSplit(word, vocabulary)
      if (split !== undefined) splits.set(word, split)
      else {
        const correction = bestCorrection(word, vocabulary)
        if (correction !== undefined) corrections.set(word, correction)
      }
    }
  }
  const corrected = (word: string) => corrections.get(word) ?? word

  const conditionIds: number[] = []
  let segments: Segment[] = units.map((unit) => ({ ...unit, extra: [], merged: false }))
  segments = applySynonyms(segments, corrected, groups, conditionIds)
  segments = joinCompounds(segments, vocabulary)

  const expanded = segments.map((segment): ExpandedUnit => {
    const original: Alternative = { text: segment.words.join(' '), phrase: segment.phrase }
    const extra = [...segment.extra]
    if (!segment.negated && !segment.merged) {
      const respelled = segment.words.map((word) => splits.get(word) ?? corrected(word)).join(' ')
      if (respelled !== original.text) extra.push({ text: respelled, phrase: segment.phrase })
      if (segment.words.length > 1 && vocabulary.isKnown(segment.words.join('')))
        extra.push({ text: segment.words.join(''), phrase: false })
    }
    const alternatives = [original, ...extra].filter(
      (alternative, index, all) =>
        all.findIndex((other) => sameWords(other.text, alternative.text) && other.phrase === alternative.phrase) === index &&
        // An alternative with a word no published article uses cannot match: leaving it out keeps
        // a query whose synonyms are not in the library on the exact (cheaper) path.
        (index === 0 || wordsOf(alternative.text).every((word) => vocabulary.isKnown(word))),
    )
    return { alternatives, negated: segment.negated, orWithPrevious: segment.orWithPrevious }
  })

  const respelled = corrections.size + splits.size > 0
  const correctedQuery = respelled
    ? units
        .map((unit) => {
          const words = unit.negated ? unit.words : unit.words.map((word) => splits.get(word) ?? corrected(word))
          const text = unit.phrase ? `"${words.join(' ')}"` : words.join(' ')
          return `${unit.orWithPrevious ? 'or ' : ''}${unit.negated ? '-' : ''}${text}`
        })
        .join(' ')
    : null

  return {
    units: expanded,
    broadened: expanded.some((unit) => unit.alternatives.length > 1),
    correctedQuery,
    conditionIds,
  }
}
