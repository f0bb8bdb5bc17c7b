/**
 * Plain text of a Lexical editor state (Payload's rich text), one line per block
 * (paragraph, heading, list item, quote, table cell …), so scanners see sentences
 * where the reader does. Never throws: the body arrives from the database or an API
 * and may be any shape; whatever can't be read is skipped.
 */
export function lexicalToPlainText(editorState: unknown): string {
  const reader = new PlainTextReader()
  reader.readState(parseIfJson(editorState))
  return reader.text()
}

/** Nodes that flow inside a block rather than starting a new line. */
const INLINE_TYPES = new Set(['text', 'link', 'autolink', 'mark', 'hashtag', 'emoji', 'keyword', 'code-highlight'])
/** Deep enough for any real document, shallow enough never to overflow the stack. */
const MAX_DEPTH = 200

class PlainTextReader {
  private readonly blocks: string[] = []
  private line = ''
  private readonly seen = new WeakSet<object>()

  readState(state: unknown): void {
    this.safely(() => this.readNode(isRecord(state) && isRecord(state.root) ? state.root : state, 0))
    this.endBlock()
  }

  text(): string {
    return this.blocks.join('\n')
  }

  /** A node that throws when read (getters, proxies) is skipped; its siblings are still read. */
  private safely(read: () => void): void {
    try {
      read()
    } catch {
      // Nothing to recover: the unreadable node simply contributes no text.
    }
  }

  private readNode(node: unknown, depth: number): void {
    if (Array.isArray(node)) return this.readChildren(node, depth)
    if (!isRecord(node) || depth > MAX_DEPTH || this.seen.has(node)) return
    this.seen.add(node)
    const type = typeof node.type === 'string' ? node.type : ''
    if (type === 'linebreak') this.line += '\n'
    else if (type === 'tab') this.line += '\t'
    if (typeof node.text === 'string') this.line += node.text
    if (Array.isArray(node.children)) {
      const isBlock = !INLINE_TYPES.has(type)
      if (isBlock) this.endBlock()
      this.readChildren(node.children, depth)
      if (isBlock) this.endBlock()
    }
    // Payload blocks keep nested rich text (callouts, FAQs) inside `fields`.
    if (isRecord(node.fields)) this.readNestedStates(node.fields, depth)
  }

  private readChildren(children: readonly unknown[], depth: number): void {
    for (const child of children) this.safely(() => this.readNode(child, depth + 1))
  }

  private readNestedStates(fields: Record<string, unknown>, depth: number): void {
    for (const value of Object.values(fields)) {
      if (isRecord(value) && isRecord(value.root)) {
        this.endBlock()
        this.readNode(value.root, depth + 1)
        this.endBlock()
      }
    }
  }

  private endBlock(): void {
    if (this.line.trim() !== '') this.blocks.push(this.line)
    this.line = ''
  }
}

function parseIfJson(value: unknown): unknown {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value) as unknown
  } catch {
    return { root: { type: 'paragraph', children: [{ type: 'text', text: value }] } } // already plain text
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
