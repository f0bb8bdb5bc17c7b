import { headingLevels, isHeadingLike, mayStartWithMergedHeading, type DraftBlock } from './headings'
import { type Block, lexicalDocument, type LexicalDocument } from '@clinic/rich-text'
import type { SourceLine } from './lines'
import { findListRuns } from './lists'

export interface PageBody {
  blocks: Block[]
  document: LexicalDocument
  /** Paragraphs that may begin with a heading whose line break was lost (see headings.ts). */
  mergedHeadings: { line: number; heading: string }[]
}

/**
 * The article body from its lines: list runs become lists, heading-like lines headings (with an
 * inferred level), everything else paragraphs, in the order of the page. Nothing is dropped or
 * reworded, so the call to action at the end of a guide stays its last paragraph.
 */
export function buildBody(lines: readonly SourceLine[]): PageBody {
  const texts = lines.map((line) => line.text)
  const drafts: DraftBlock[] = []
  const mergedHeadings: PageBody['mergedHeadings'] = []
  const runs = findListRuns(texts)
  let runIndex = 0
  for (let index = 0; index < texts.length;) {
    const run = runs[runIndex]
    if (run !== undefined && run.start === index) {
      drafts.push({ kind: 'list', ordered: run.ordered, items: run.items })
      index = run.end
      runIndex += 1
      continue
    }
    const text = texts[index]!
    if (isHeadingLike(text)) {
      drafts.push({ kind: 'heading', text })
    } else {
      drafts.push({ kind: 'paragraph', text })
      const heading = mayStartWithMergedHeading(text)
      if (heading !== undefined) mergedHeadings.push({ line: lines[index]!.number, heading })
    }
    index += 1
  }

  const levels = headingLevels(drafts)
  const blocks: Block[] = drafts.map((draft, index): Block => {
    if (draft.kind === 'heading') return { kind: 'heading', level: levels.get(index) ?? 2, text: draft.text }
    return draft
  })
  return { blocks, document: lexicalDocument(blocks), mergedHeadings }
}

/** The body as plain text, one block per line (list items one per line), for matching and excerpts. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map((block) => (block.kind === 'list' ? block.items.join('\n') : block.text)).join('\n')
}
