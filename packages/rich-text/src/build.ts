/**
 * Builds Lexical editor state (as Payload's rich text stores it) from plain blocks.
 *
 * The one copy of the builder, for the importer, the CMS's seed data, benchmarks and tests, so an
 * imported body looks exactly like one the CMS wrote itself. The node
 * shapes are type aliases, not interfaces, so they fit the generated rich-text types.
 */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'quote'; text: string }

const base = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

export type LexicalTextNode = {
  type: 'text'
  text: string
  detail: number
  format: number
  mode: 'normal'
  style: string
  version: number
}

type LexicalElementBase = {
  direction: 'ltr'
  format: ''
  indent: number
  version: number
}

export type LexicalBlockNode =
  | (LexicalElementBase & { type: 'paragraph'; textFormat: number; children: LexicalTextNode[] })
  | (LexicalElementBase & { type: 'heading'; tag: 'h2' | 'h3' | 'h4'; children: LexicalTextNode[] })
  | (LexicalElementBase & { type: 'quote'; children: LexicalTextNode[] })
  | (LexicalElementBase & {
      type: 'list'
      listType: 'number' | 'bullet'
      tag: 'ol' | 'ul'
      start: number
      children: (LexicalElementBase & { type: 'listitem'; value: number; children: LexicalTextNode[] })[]
    })

export type LexicalDocument = {
  root: LexicalElementBase & { type: 'root'; children: LexicalBlockNode[] }
}

function textNode(text: string): LexicalTextNode {
  return { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }
}

function blockNode(block: Block): LexicalBlockNode {
  switch (block.kind) {
    case 'paragraph':
      return { ...base, type: 'paragraph', textFormat: 0, children: [textNode(block.text)] }
    case 'heading':
      return { ...base, type: 'heading', tag: `h${block.level}`, children: [textNode(block.text)] }
    case 'quote':
      return { ...base, type: 'quote', children: [textNode(block.text)] }
    case 'list':
      return {
        ...base,
        type: 'list',
        listType: block.ordered ? 'number' : 'bullet',
        tag: block.ordered ? 'ol' : 'ul',
        start: 1,
        children: block.items.map((item, index) => ({
          ...base,
          type: 'listitem' as const,
          value: index + 1,
          children: [textNode(item)],
        })),
      }
  }
}

export function lexicalDocument(blocks: Block[]): LexicalDocument {
  return { root: { ...base, type: 'root', children: blocks.map(blockNode) } }
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text })
export const heading = (text: string, level: 2 | 3 | 4 = 2): Block => ({ kind: 'heading', level, text })
export const bullets = (...items: string[]): Block => ({ kind: 'list', ordered: false, items })
