import { isCallToAction } from './callToAction'
import { isHeadingLike, isTitleCase } from './headings'

/**
 * List markup did not survive the scrape either: a list is now a run of lines. Three shapes are
 * recognised, all from structure rather than wording:
 *
 * 1. Lines after one ending in ":" ("Each type has unique advantages:"), all of one kind:
 *    labelled items ("BMSCs: These cells…"), short items ("Walk every day"), or bullet-marked ones.
 * 2. Lines that still carry a bullet or number ("• Walk", "1. Walk"), two or more in a row.
 * 3. Three or more short lines in a row that end alike (all with, or all without, a full stop):
 *    nothing else on the site is that short, apart from a single heading.
 *
 * The line ending in ":" stays a paragraph before the list. A call to action is never an item, and
 * a list of short items ends at the first line shaped unlike them (`LIST_ENDERS`).
 */
export interface ListRun {
  /** Index of the first item in the lines given. */
  start: number
  /** Index after the last item. */
  end: number
  ordered: boolean
  items: string[]
}

/** Longer lines are paragraphs, not list items (unless labelled: "Angiogenesis: MSCs secrete…"). */
const MAX_SHORT_ITEM_LENGTH = 150
/** A run of unmarked lines this short, with no lead-in, reads as a list. */
const MAX_UNMARKED_ITEM_LENGTH = 100
const MIN_UNMARKED_RUN = 3

const BULLET = /^(?:[•·▪◦●■□➢➤►▸‣⁃*–—-]|(\d{1,2})[.)])\s+(?=\S)/
/** "Neuroprotection and Regeneration: MSCs release…": a short label without sentence punctuation, a colon, text. */
const LABELLED = /^[^\s:.!?][^:.!?]{0,58}:\s+\S/
const ENDS_LIKE_SENTENCE = /[.!?…]["'”’)]*$/

type ItemStyle = 'bullet' | 'labelled' | 'short'

function bulletOf(line: string): { ordered: boolean; text: string } | undefined {
  const match = BULLET.exec(line)
  return match ? { ordered: match[1] !== undefined, text: line.slice(match[0].length) } : undefined
}

const isLabelled = (line: string): boolean => LABELLED.test(line) && !isHeadingLike(line)
const isShortItem = (line: string): boolean => line.length <= MAX_SHORT_ITEM_LENGTH && !line.endsWith(':')
const endsWithColon = (line: string): boolean => /:\s*$/.test(line)

function styleOf(line: string): ItemStyle | undefined {
  if (isCallToAction(line)) return undefined
  if (bulletOf(line)) return 'bullet'
  if (isLabelled(line)) return 'labelled'
  if (isShortItem(line)) return 'short'
  return undefined
}

/** What is known of the items taken so far, kept up to date item by item so long runs stay linear. */
interface RunSoFar {
  count: number
  allEndLikeSentences: boolean
  /** No item ends like a sentence ("Walk daily", "Sleep well"). */
  noneEndLikeSentences: boolean
  allTitleCase: boolean
  /** Every item is at most one sentence. */
  allSingleSentences: boolean
  longestItem: number
}

const EMPTY_RUN: RunSoFar = {
  count: 0,
  allEndLikeSentences: true,
  noneEndLikeSentences: true,
  allTitleCase: true,
  allSingleSentences: true,
  longestItem: 0,
}

/** A full stop, "?" or "!" followed by a space and a capital starts another sentence. */
const SENTENCE_BREAK = /[.!?]["'”’)]*\s+(?=[A-Z"“])/g
const sentenceCount = (line: string): number => (line.match(SENTENCE_BREAK)?.length ?? 0) + 1

function addItem(run: RunSoFar, item: string): RunSoFar {
  const endsLikeSentence = ENDS_LIKE_SENTENCE.test(item)
  return {
    count: run.count + 1,
    allEndLikeSentences: run.allEndLikeSentences && endsLikeSentence,
    noneEndLikeSentences: run.noneEndLikeSentences && !endsLikeSentence,
    allTitleCase: run.allTitleCase && isTitleCase(item),
    allSingleSentences: run.allSingleSentences && sentenceCount(item) === 1,
    longestItem: Math.max(run.longestItem, item.length),
  }
}

/** A closing line this many times longer than every item, and at least this long, is a paragraph. */
const CLOSING_LENGTH_FACTOR = 2
const MIN_CLOSING_LENGTH = 60

/**
 * Issue 20: a list ends where its items end. The paragraph that closes a list of short items is
 * short too, so length alone kept it in the list as one more item; it differs from the items in
 * shape instead. Each way it can differ is one rule here (items so far: at least one).
 */
const LIST_ENDERS: ReadonlyArray<{ why: string; ends: (line: string, run: RunSoFar) => boolean }> = [
  {
    why: 'the items have no full stop and the line does ("Walk daily", "Sleep well", "Start small.")',
    ends: (line, run) => run.noneEndLikeSentences && ENDS_LIKE_SENTENCE.test(line),
  },
  {
    why: 'the items end like sentences and the line does not',
    ends: (line, run) => run.allEndLikeSentences && !ENDS_LIKE_SENTENCE.test(line),
  },
  {
    why: 'every item is one sentence and the line has several',
    ends: (line, run) => run.allSingleSentences && sentenceCount(line) > 1,
  },
  {
    why: 'the line is far longer than any item',
    ends: (line, run) => line.length >= MIN_CLOSING_LENGTH && line.length > CLOSING_LENGTH_FACTOR * run.longestItem,
  },
]

function endsItems(line: string, run: RunSoFar): boolean {
  return run.count > 0 && LIST_ENDERS.some((rule) => rule.ends(line, run))
}

/**
 * A heading after a run of short items ends it: a line that looks like a heading while the items
 * are sentences, or a Title Case line ("Why Sleep Matters") after items that are not ("Walk daily").
 */
function endsShortList(line: string, run: RunSoFar): boolean {
  if (run.count === 0 || !isHeadingLike(line)) return false
  if (run.allEndLikeSentences) return true
  return isTitleCase(line) && !run.allTitleCase
}

function fits(line: string, style: ItemStyle, run: RunSoFar): boolean {
  if (isCallToAction(line)) return false
  switch (style) {
    case 'bullet':
      return bulletOf(line) !== undefined
    case 'labelled':
      return isLabelled(line)
    case 'short':
      return isShortItem(line) && !bulletOf(line) && !endsShortList(line, run) && !endsItems(line, run)
  }
}

function toRun(lines: readonly string[], start: number, end: number, style: ItemStyle): ListRun {
  const slice = lines.slice(start, end)
  if (style !== 'bullet') return { start, end, ordered: false, items: [...slice] }
  const bullets = slice.map((line) => bulletOf(line)!)
  return { start, end, ordered: bullets.every((bullet) => bullet.ordered), items: bullets.map((bullet) => bullet.text) }
}

/** The items after a lead-in line ending in ":", if at least two follow. */
function itemsAfterLeadIn(lines: readonly string[], start: number): ListRun | undefined {
  const first = lines[start]
  const style = first === undefined ? undefined : styleOf(first)
  if (style === undefined) return undefined
  let end = start
  let run = EMPTY_RUN
  while (end < lines.length && fits(lines[end]!, style, run)) {
    run = addItem(run, lines[end]!)
    end += 1
  }
  return end - start >= 2 ? toRun(lines, start, end, style) : undefined
}

function bulletRun(lines: readonly string[], start: number): ListRun | undefined {
  let end = start
  while (end < lines.length && bulletOf(lines[end]!) && !isCallToAction(lines[end]!)) end += 1
  return end - start >= 2 ? toRun(lines, start, end, 'bullet') : undefined
}

function unmarkedRun(lines: readonly string[], start: number): ListRun | undefined {
  const first = lines[start]!
  const sentenceLike = ENDS_LIKE_SENTENCE.test(first)
  const fitsRun = (line: string, run: RunSoFar): boolean =>
    line.length <= MAX_UNMARKED_ITEM_LENGTH &&
    !endsWithColon(line) &&
    !isCallToAction(line) &&
    ENDS_LIKE_SENTENCE.test(line) === sentenceLike &&
    !endsShortList(line, run) &&
    !endsItems(line, run)
  let end = start
  let run = EMPTY_RUN
  while (end < lines.length && fitsRun(lines[end]!, run)) {
    run = addItem(run, lines[end]!)
    end += 1
  }
  return end - start >= MIN_UNMARKED_RUN ? toRun(lines, start, end, 'short') : undefined
}

export function findListRuns(lines: readonly string[]): ListRun[] {
  const runs: ListRun[] = []
  let index = 0
  while (index < lines.length) {
    const line = lines[index]!
    const run = endsWithColon(line) ? itemsAfterLeadIn(lines, index + 1) : (bulletRun(lines, index) ?? unmarkedRun(lines, index))
    if (run) {
      runs.push(run)
      index = run.end
    } else {
      index += 1
    }
  }
  return runs
}
