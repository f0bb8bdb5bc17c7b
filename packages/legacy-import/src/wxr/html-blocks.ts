import { parseDocument } from 'htmlparser2'

import type { Block } from '../lexical'

/** An image in a post's HTML: where it was served from and its alt text (empty when it had none). */
export interface HtmlImage {
  src: string
  alt: string
}

export interface HtmlContent {
  blocks: Block[]
  images: HtmlImage[]
  /** Elements left out because visitors could not read them as text (scripts, forms, embeds). */
  dropped: string[]
}

/** The shape of htmlparser2's DOM nodes (domhandler) that the walk reads. */
interface DomNode {
  type: string
  name?: string
  data?: string
  attribs?: Record<string, string>
  children?: DomNode[]
}

const HEADINGS: Record<string, 2 | 3 | 4> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 }
/** Never text for readers: dropped with everything inside. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'object',
  'embed',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'svg',
  'video',
  'audio',
  'nav',
])
/** Elements that group blocks; their children are walked. */
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'figure',
  'center',
  'body',
  'html',
  'table',
  'tbody',
  'thead',
  'tr',
  'td',
  'th',
])

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim()

function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? ''
  if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return ''
  if (node.name && DROPPED.has(node.name)) return ''
  if (node.name === 'br') return '\n'
  return (node.children ?? []).map(textOf).join('')
}

/**
 * A post's HTML as our rich-text blocks: headings (h1 becomes h2, the page title being the h1),
 * paragraphs, lists, quotes; images are collected for the Media library. WordPress's own
 * auto-paragraphs (text separated by blank lines without <p>) become paragraphs too.
 */
export function htmlToBlocks(html: string): HtmlContent {
  const content: HtmlContent = { blocks: [], images: [], dropped: [] }
  let inline = ''
  const flushInline = () => {
    for (const part of inline.split(/\n\s*\n/)) {
      const paragraph = collapse(part)
      if (paragraph) content.blocks.push({ kind: 'paragraph', text: paragraph })
    }
    inline = ''
  }
  const collectImages = (node: DomNode) => {
    if (node.type === 'tag' && node.name === 'img' && node.attribs?.src)
      content.images.push({ src: node.attribs.src, alt: collapse(node.attribs.alt ?? '') })
    for (const child of node.children ?? []) collectImages(child)
  }

  const walk = (node: DomNode) => {
    if (node.type === 'text') {
      inline += node.data ?? ''
      return
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return // comments (block markup), directives
    const name = node.name ?? ''
    if (DROPPED.has(name)) {
      content.dropped.push(name)
      return
    }
    const heading = HEADINGS[name]
    if (heading) {
      flushInline()
      const value = collapse(textOf(node))
      if (value) content.blocks.push({ kind: 'heading', level: heading, text: value })
      return
    }
    if (name === 'p') {
      flushInline()
      collectImages(node)
      const value = collapse(textOf(node))
      if (value) content.blocks.push({ kind: 'paragraph', text: value })
      return
    }
    if (name === 'ul' || name === 'ol') {
      flushInline()
      const items = (node.children ?? [])
        .filter((child) => child.type === 'tag' && child.name === 'li')
        .map((item) => collapse(textOf(item)))
        .filter(Boolean)
      if (items.length) content.blocks.push({ kind: 'list', ordered: name === 'ol', items })
      return
    }
    if (name === 'blockquote') {
      flushInline()
      const value = collapse(textOf(node))
      if (value) content.blocks.push({ kind: 'quote', text: value })
      return
    }
    if (name === 'img') {
      collectImages(node)
      return
    }
    if (CONTAINERS.has(name)) {
      flushInline()
      for (const child of node.children ?? []) walk(child)
      flushInline()
      return
    }
    // Inline markup (a, strong, em, span, br…): its text joins the running paragraph.
    collectImages(node)
    inline += textOf(node)
  }

  for (const node of parseDocument(html).children as unknown as DomNode[]) walk(node)
  flushInline()
  return content
}

/** Plain text of a short HTML fragment (an excerpt). */
export function htmlToText(html: string): string {
  return collapse((parseDocument(html).children as unknown as DomNode[]).map(textOf).join(''))
}
