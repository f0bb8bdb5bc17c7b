/**
 * Whether a risky phrase is negated by what comes before it in the same sentence
 * ("is not FDA approved", "there is no cure", "cannot guarantee", "not intended to
 * diagnose, treat, cure or prevent"). A heuristic that errs towards flagging: a missed
 * negation costs a reviewer a click, a missed claim can cost an FTC action.
 */
export function isNegated(sentenceBeforeMatch: string): boolean {
  const { words, matchIsListItem } = wordsThatGovernTheMatch(sentenceBeforeMatch)
  return words.some((word, index) => {
    const distance = words.length - index // 1 = the word right before the match
    if (isFalseNegation(word, words[index + 1])) return false
    if (VERB_NEGATORS.has(word) || word.endsWith("n't")) return distance <= 6
    // "No surgery, no downtime, cures pain": "no" governs its own noun, not later list items.
    if (NOUN_NEGATORS.has(word)) return distance <= 3 && !matchIsListItem
    return false
  })
}

/** Negate a verb phrase, so they reach a few words ("is not intended to be a cure"). */
const VERB_NEGATORS = new Set([
  'not',
  'never',
  'cannot',
  'neither',
  'nor',
  'cant',
  'dont',
  'doesnt',
  'isnt',
  'wont',
  'arent',
  'hasnt',
  'havent',
  'wasnt',
  'shouldnt',
])
/** Negate the next noun phrase only ("no known cure"); a longer reach would hide claims. */
const NOUN_NEGATORS = new Set(['no', 'without', 'none'])

/** "not only", "no doubt it cures": negators that affirm. */
function isFalseNegation(word: string, next: string | undefined): boolean {
  if (word === 'not') return next === 'only' || next === 'just'
  if (word === 'no') return next === 'doubt' || next === 'wonder' || next === 'question' || next === 'matter'
  return false
}

/** A new clause ends the negation's reach: "not cheap, but it cures…", "no surgery and it cures…". */
const CLAUSE_BREAK =
  /[;:—–]|\s-\s|\b(?:but|however|yet|although|though|whereas|while|instead)\b|\b(?:and|so|because)\s+(?:it|this|that|they|we|our|you|your|these|those)\b/gi
/** What may sit between a list comma and the match: "…, cure" or "…, or cure". */
const LIST_JOINER = /^(?:and|or|nor)?$/
const MAX_LIST_ITEM_WORDS = 3

function wordsThatGovernTheMatch(sentenceBeforeMatch: string): { words: string[]; matchIsListItem: boolean } {
  const normalised = sentenceBeforeMatch.replace(/[’‘`]/g, "'").toLowerCase()
  const clause = normalised.split(CLAUSE_BREAK).pop() ?? ''
  const segments = clause.split(',')
  const current = wordsOf(segments.pop() ?? '')
  if (segments.length === 0 || !LIST_JOINER.test(current.join(' '))) return { words: current, matchIsListItem: false }
  // The match is a list item: skip the other short items back to the phrase that heads the list.
  let head: string[] = []
  while (segments.length > 0) {
    head = wordsOf(segments.pop() ?? '')
    if (head.length > MAX_LIST_ITEM_WORDS) break
  }
  return { words: [...head, ...current], matchIsListItem: true }
}

function wordsOf(text: string): string[] {
  return text.match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []
}
