import { expect } from 'vitest'
import type { LexicalDocument } from '@clinic/rich-text'

import type { ImportedPage, ParseExportResult } from '../src/index'

export function pagesOf(result: ParseExportResult): ImportedPage[] {
  if (!result.ok) expect.fail(`the export was refused: ${result.error}`)
  return result.pages
}

export type SimpleBlock = { type: 'h2' | 'h3' | 'h4' | 'p' | 'quote'; text: string } | { type: 'ul' | 'ol'; items: string[] }

/** The body as a flat list of blocks, easy to compare in assertions. */
export function blocksOf(body: LexicalDocument | undefined): SimpleBlock[] {
  if (body === undefined) return []
  return body.root.children.map((node): SimpleBlock => {
    switch (node.type) {
      case 'heading':
        return { type: node.tag, text: node.children[0]!.text }
      case 'paragraph':
        return { type: 'p', text: node.children[0]!.text }
      case 'quote':
        return { type: 'quote', text: node.children[0]!.text }
      case 'list':
        return { type: node.tag, items: node.children.map((item) => item.children[0]!.text) }
    }
  })
}

export const kindsOf = (pages: readonly ImportedPage[]): string[] => pages.map((page) => page.kind)

export const countKind = (pages: readonly ImportedPage[], kind: ImportedPage['kind']): number =>
  pages.filter((page) => page.kind === kind).length
