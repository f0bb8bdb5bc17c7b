import type { FoundConditions } from './conditions/find'
import type { LifestyleSignal } from './lifestyle'
import type { PageEnding } from './split'
import type { PageKind } from './types'

export interface ContentPageFacts {
  ending: PageEnding
  /** Paragraphs and lists in the body (the citation line not counted). */
  textBlocks: number
  conditions: FoundConditions
  lifestyle: LifestyleSignal
}

export interface Classification {
  kind: Exclude<PageKind, 'chrome' | 'site-disclaimer'>
  /** Why, in plain words, when the page is unclassified. */
  reason?: string
}

/** A condition guide names its condition at least this often. */
const MIN_GUIDE_CONDITION_MENTIONS = 3

/**
 * What a content page is, from its structure; never guessed. Chrome and the disclaimer are
 * recognised line by line before (see lineRoles.ts).
 *
 * - Ends with a source citation, with text before it → research summary.
 * - Ends with a call to action → lifestyle post when everyday-habit words are dense (and outnumber
 *   the mentions of any condition); condition guide when one condition (or a few) is named
 *   prominently; otherwise unclassified.
 * - Anything else → unclassified, with the reason.
 */
export function classifyContentPage(facts: ContentPageFacts): Classification {
  if (facts.textBlocks === 0) {
    return { kind: 'unclassified', reason: 'The page holds no paragraph of text (only headings or a citation), so it is not an article.' }
  }
  if (facts.ending === 'citation') return { kind: 'research-summary' }
  if (facts.ending === 'call-to-action') {
    const top = facts.conditions.primary[0]
    const topMentions = top?.mentions ?? 0
    if (facts.lifestyle.strong && facts.lifestyle.mentions > topMentions) return { kind: 'lifestyle-post' }
    if (top !== undefined && topMentions >= MIN_GUIDE_CONDITION_MENTIONS) return { kind: 'condition-guide' }
    return {
      kind: 'unclassified',
      reason:
        'The page ends with a call to action like a condition guide or lifestyle post, but it names no known condition prominently ' +
        `(${describeConditions(facts.conditions)}) and is not mostly about everyday habits (diet, exercise, sleep, stress), so its kind could not be told.`,
    }
  }
  return {
    kind: 'unclassified',
    reason:
      'The page ends with neither a source citation (which ends research summaries) nor a call to action with a phone number, ' +
      'e-mail address or "call us"/"contact us" (which ends condition guides and lifestyle posts), and it is not the disclaimer or page chrome.',
  }
}

function describeConditions(found: FoundConditions): string {
  if (found.all.length === 0) return 'none is named'
  return found.all.map((condition) => `${condition.name} ×${condition.mentions}`).join(', ')
}
