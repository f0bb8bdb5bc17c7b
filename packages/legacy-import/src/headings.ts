/**
 * Headings lost their markup in the scrape; what is left is their shape: a short line with no full
 * stop (or other closing punctuation) at its end. Their level (h2/h3) is inferred from the layout.
 */

/** Longer lines are paragraphs, however they end (the site's longest heading is ~75 characters). */
export const MAX_HEADING_LENGTH = 100
const MAX_HEADING_WORDS = 15
/** Sentence punctuation, possibly followed by closing quotes or brackets: 'said.”', '(2019).' */
const CLOSING_PUNCTUATION = /[.!?:;,…]["'”’)\]]*$/

export function isHeadingLike(line: string): boolean {
  if (line.length === 0 || line.length > MAX_HEADING_LENGTH) return false
  if (CLOSING_PUNCTUATION.test(line)) return false
  // Headings start with a capital or a digit ("5 Ways…"), not in mid-sentence.
  if (!/^["'“‘(]?[\p{Lu}\p{N}]/u.test(line)) return false
  const words = line.split(' ').length
  return words <= MAX_HEADING_WORDS && /\p{L}{2}/u.test(line)
}

/** Words too small to be capitalised in a Title Case heading. */
const SMALL_WORDS = /^(?:a|an|and|as|at|but|by|for|from|in|into|nor|of|on|or|per|the|to|vs\.?|via|with)$/i

/**
 * "Types of Stem Cells Used in Therapy" (a heading) rather than "Better sleep" (a list item): most
 * words that are not small words are capitalised.
 */
export function isTitleCase(line: string): boolean {
  const words = line.split(' ').filter((word) => /\p{L}/u.test(word) && !SMALL_WORDS.test(word))
  if (words.length < 2) return false
  const capitalised = words.filter((word) => /^["'“‘(]?[\p{Lu}\p{N}]/u.test(word)).length
  return capitalised / words.length >= 0.75
}

/** A paragraph this short after a heading, with a subheading right after it, introduces a section. */
const MAX_SECTION_INTRO_LENGTH = 320

export type DraftBlock =
  { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string } | { kind: 'list'; ordered: boolean; items: string[] }

/**
 * h2 or h3 for each heading (indexes into `blocks`), read from the layout, since the scrape kept
 * no levels:
 *
 * - A heading that opens a group: it is followed by exactly one paragraph and then another
 *   heading, and that paragraph is a short introduction (≤ MAX_SECTION_INTRO_LENGTH) or the heading
 *   is a two-part "Topic: Aspect" title. It is an h2, and the headings after it are its h3s until the
 *   next group opens ("Classification of Spinal Cord Injuries…" → intro → "Complete vs. Partial
 *   Injury Overview").
 * - The page's last heading (its conclusion or call to action) closes every group: h2.
 * - Any other heading is an h2 outside a group and an h3 inside one, so a page with no such groups
 *   (most research summaries) gets only h2s.
 */
export function headingLevels(blocks: readonly DraftBlock[]): Map<number, 2 | 3> {
  const headingIndexes = blocks.flatMap((block, index) => (block.kind === 'heading' ? [index] : []))
  const lastHeading = headingIndexes[headingIndexes.length - 1]
  const levels = new Map<number, 2 | 3>()
  let inGroup = false
  for (const index of headingIndexes) {
    if (opensGroup(blocks, index)) {
      levels.set(index, 2)
      inGroup = true
    } else if (index === lastHeading) {
      levels.set(index, 2)
    } else {
      levels.set(index, inGroup ? 3 : 2)
    }
  }
  return levels
}

function opensGroup(blocks: readonly DraftBlock[], index: number): boolean {
  const heading = blocks[index]
  const intro = blocks[index + 1]
  const next = blocks[index + 2]
  if (heading?.kind !== 'heading' || intro?.kind !== 'paragraph' || next?.kind !== 'heading') return false
  return intro.text.length <= MAX_SECTION_INTRO_LENGTH || /\S: \S/.test(heading.text)
}

/**
 * The scrape sometimes lost the line break after a heading: "Cell-based Therapies for Parkinson’s
 * Disease Cell-based therapies are gaining attention…". Such a paragraph opens with a run of four
 * or more Title Case words (small words allowed) before the first lower-case word. Only reported
 * to the editor: where the heading ends cannot be known for sure.
 */
export function mayStartWithMergedHeading(paragraph: string): string | undefined {
  const words = paragraph.split(' ')
  let run = 0
  let capitalised = 0
  for (const word of words) {
    if (/^["'“‘(]?[\p{Lu}\p{N}]/u.test(word)) {
      if (/[.!?:;,]["'”’)]*$/.test(word)) return undefined
      capitalised += 1
    } else if (!SMALL_WORDS.test(word)) {
      break
    }
    run += 1
  }
  if (capitalised < 4 || run >= words.length) return undefined
  // The run's last word starts the sentence after the heading: "…Disease Cell-based therapies".
  // A bracketed one defines an abbreviation instead: "Hematopoietic Stem Cells (HSCs) are…".
  if (words[run - 1]!.startsWith('(')) return undefined
  return words.slice(0, run - 1).join(' ')
}
