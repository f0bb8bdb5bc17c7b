import { cutAtWord, splitSentences } from './sentences'

/** The CMS's Articles.excerpt holds at most 300 characters. */
export const MAX_EXCERPT_LENGTH = 300
/** Once the excerpt has this much, it does not reach into the next paragraph. */
const ENOUGH_FOR_AN_EXCERPT = 120

/**
 * A plain-text excerpt from the opening paragraph(s): whole sentences while they fit in
 * MAX_EXCERPT_LENGTH, going on to the next paragraph only if the first is very short. If even the
 * first sentence is too long, it is cut after a whole word and ends in "…".
 */
export function deriveExcerpt(paragraphs: readonly string[]): string | undefined {
  let excerpt = ''
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      const longer = excerpt === '' ? sentence : `${excerpt} ${sentence}`
      if (longer.length > MAX_EXCERPT_LENGTH) return excerpt === '' ? cutAtWord(sentence, MAX_EXCERPT_LENGTH) : excerpt
      excerpt = longer
    }
    if (excerpt.length >= ENOUGH_FOR_AN_EXCERPT) break
  }
  return excerpt === '' ? undefined : excerpt
}
