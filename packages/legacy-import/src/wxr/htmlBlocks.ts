import { parseDocument } from 'htmlparser2'

import type { Block } from '@clinic/rich-text'
import { safeLinkHref } from './safeLinks'

/** An image in a post's HTML: where it was served from, its alt text (empty when it had none) and its caption. */
export interface HtmlImage {
  src: string
  alt: string
  caption?: string
}

/**
 * One piece of a post's body, in order: a text block (for the importer's rules, which read plain
 * text) with the same content as clean HTML (for the rich-text converter), or an image.
 */
export type HtmlPiece = { kind: 'text'; block: Block; html: string } | { kind: 'image'; image: HtmlImage; html: string }

export interface HtmlContent {
  pieces: HtmlPiece[]
  /** Elements left out because visitors could not read them as text (scripts, forms, embeds). */
  dropped: string[]
  /** Links kept as plain text because their address was not http(s), mailto or a path (javascript:, data:, …). */
  unsafeLinks: string[]
}

export interface HtmlToBlocksOptions {
  /** The post's old address: relative links are read against it, and links to the old site become paths of this one. */
  baseUrl?: string
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
/** Inline formatting the clinic's editor has (Bold, Italic): kept; any other inline tag gives its text only. */
const FORMATS: Record<string, 'strong' | 'em'> = { strong: 'strong', b: 'strong', em: 'em', i: 'em' }

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim()
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;')
const isTag = (node: DomNode) => node.type === 'tag' || node.type === 'script' || node.type === 'style'

function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? ''
  if (!isTag(node)) return ''
  if (node.name && DROPPED.has(node.name)) return ''
  if (node.name === 'br') return '\n'
  return (node.children ?? []).map(textOf).join('')
}

/**
 * A post's HTML as our rich-text blocks, each also as clean HTML that keeps what the clinic's
 * editor has: headings (h1 becomes h2, the page title being the h1; h5/h6 become h4), paragraphs,
 * lists (nested too), quotes, links (only http, https, mailto and paths: see safe-links), bold and
 * italic, line breaks, and images (lifted out of paragraphs and links to stand on their own, as
 * the editor's images do). Everything else gives its text only, and scripts, forms and embeds
 * nothing. WordPress's own auto-paragraphs (text separated by blank lines without <p>) become
 * paragraphs too. Pure: the CMS turns the HTML into Lexical with Payload's own converter.
 */
export function htmlToBlocks(html: string, options: HtmlToBlocksOptions = {}): HtmlContent {
  const content: HtmlContent = { pieces: [], dropped: [], unsafeLinks: [] }
  /** Inline nodes waiting to become paragraphs (text outside any block element). */
  let pending: DomNode[] = []

  const addImage = (image: HtmlImage) => {
    const attributes = `src="${escapeAttribute(image.src)}" alt="${escapeAttribute(image.alt)}"`
    content.pieces.push({ kind: 'image', image, html: `<img ${attributes}>` })
  }

  /** Inline HTML of `nodes`; images met on the way are collected (they stand after the block). */
  const inlineHtml = (nodes: readonly DomNode[], images: HtmlImage[]): string =>
    nodes
      .map((node): string => {
        if (node.type === 'text') return escapeText((node.data ?? '').replace(/\s+/g, ' '))
        if (!isTag(node)) return ''
        const name = node.name ?? ''
        if (DROPPED.has(name)) {
          content.dropped.push(name)
          return ''
        }
        if (name === 'br') return '<br>'
        if (name === 'img') {
          const image = imageOf(node)
          if (image) images.push(image)
          return ''
        }
        const inner = inlineHtml(node.children ?? [], images)
        const format = FORMATS[name]
        if (format) return inner.trim() ? `<${format}>${inner}</${format}>` : inner
        if (name === 'a' && node.attribs?.href !== undefined) {
          if (!collapse(textOf(node))) return inner // an image's link: the image stands alone
          const href = safeLinkHref(node.attribs.href, options.baseUrl)
          if (href === null) {
            content.unsafeLinks.push(node.attribs.href)
            return inner
          }
          return `<a href="${escapeAttribute(href)}">${inner}</a>`
        }
        return inner
      })
      .join('')

  /** A block with its HTML, `<tag>inline</tag>`, then the images it held. */
  const pushBlock = (block: Block, tag: string, children: readonly DomNode[]) => {
    const images: HtmlImage[] = []
    // Whitespace runs across neighbouring nodes ("Before <img> after") read as one space, as in a browser.
    const html = collapse(inlineHtml(children, images))
    content.pieces.push({ kind: 'text', block, html: `<${tag}>${html}</${tag}>` })
    for (const image of images) addImage(image)
  }
  const pushImagesOnly = (children: readonly DomNode[]) => {
    const images: HtmlImage[] = []
    inlineHtml(children, images)
    for (const image of images) addImage(image)
  }

  const flushPending = () => {
    // Split the running inline content where its text has a blank line (WordPress's auto-paragraphs).
    const paragraphs: DomNode[][] = [[]]
    for (const node of pending) {
      if (node.type !== 'text') {
        paragraphs[paragraphs.length - 1]!.push(node)
        continue
      }
      const parts = (node.data ?? '').split(/\n\s*\n/)
      parts.forEach((part, index) => {
        if (index > 0) paragraphs.push([])
        paragraphs[paragraphs.length - 1]!.push({ type: 'text', data: part })
      })
    }
    pending = []
    for (const nodes of paragraphs) {
      const text = collapse(nodes.map(textOf).join(''))
      if (text) pushBlock({ kind: 'paragraph', text }, 'p', nodes)
      else pushImagesOnly(nodes)
    }
  }

  const listHtml = (node: DomNode, images: HtmlImage[]): string => {
    const tag = node.name === 'ol' ? 'ol' : 'ul'
    const items = (node.children ?? [])
      .filter((child) => isTag(child) && child.name === 'li')
      .map((item) => {
        const children = item.children ?? []
        const nested = children.filter((child) => isTag(child) && (child.name === 'ul' || child.name === 'ol'))
        const inline = collapse(
          inlineHtml(
            children.filter((child) => !nested.includes(child)),
            images,
          ),
        )
        return `<li>${inline}${nested.map((list) => listHtml(list, images)).join('')}</li>`
      })
    return `<${tag}>${items.join('')}</${tag}>`
  }

  const walk = (node: DomNode) => {
    if (node.type === 'text') {
      pending.push(node)
      return
    }
    if (!isTag(node)) return // comments (block markup), directives
    const name = node.name ?? ''
    if (DROPPED.has(name)) {
      content.dropped.push(name)
      return
    }
    const heading = HEADINGS[name]
    if (heading) {
      flushPending()
      const value = collapse(textOf(node))
      if (value) pushBlock({ kind: 'heading', level: heading, text: value }, `h${heading}`, node.children ?? [])
      else pushImagesOnly(node.children ?? [])
      return
    }
    if (name === 'p') {
      flushPending()
      const value = collapse(textOf(node))
      if (value) pushBlock({ kind: 'paragraph', text: value }, 'p', node.children ?? [])
      else pushImagesOnly(node.children ?? [])
      return
    }
    if (name === 'ul' || name === 'ol') {
      flushPending()
      const items = (node.children ?? [])
        .filter((child) => isTag(child) && child.name === 'li')
        .map((item) => collapse(textOf(item)))
        .filter(Boolean)
      const images: HtmlImage[] = []
      if (items.length) {
        const html = listHtml(node, images)
        content.pieces.push({ kind: 'text', block: { kind: 'list', ordered: name === 'ol', items }, html })
      }
      for (const image of images) addImage(image)
      return
    }
    if (name === 'blockquote') {
      flushPending()
      const value = collapse(textOf(node))
      if (!value) return pushImagesOnly(node.children ?? [])
      // The editor's quote holds one run of text: paragraphs inside become line breaks.
      const images: HtmlImage[] = []
      const parts = (node.children ?? []).flatMap((child) => {
        const part = collapse(inlineHtml(isTag(child) && child.name === 'p' ? (child.children ?? []) : [child], images))
        return part ? [part] : []
      })
      content.pieces.push({ kind: 'text', block: { kind: 'quote', text: value }, html: `<blockquote>${parts.join('<br>')}</blockquote>` })
      for (const image of images) addImage(image)
      return
    }
    if (name === 'img') {
      flushPending()
      const image = imageOf(node)
      if (image) addImage(image)
      return
    }
    if (name === 'figure') {
      // An image with its caption: the caption belongs to the image, not the text.
      const caption = (node.children ?? []).find((child) => isTag(child) && child.name === 'figcaption')
      const images = (node.children ?? []).filter((child) => child !== caption).flatMap(imagesIn)
      if (images.length === 1 && (node.children ?? []).every((child) => child === caption || !collapse(textOf(child)))) {
        flushPending()
        const captionText = caption ? collapse(textOf(caption)) : ''
        addImage(captionText ? { ...images[0]!, caption: captionText } : images[0]!)
        return
      }
    }
    if (CONTAINERS.has(name) || name === 'figcaption') {
      flushPending()
      for (const child of node.children ?? []) walk(child)
      flushPending()
      return
    }
    // Inline markup (a, strong, em, span, br…) joins the running paragraph.
    pending.push(node)
  }

  for (const node of parseDocument(expandShortcodes(html, content.dropped)).children as unknown as DomNode[]) walk(node)
  flushPending()
  return content
}

/** WordPress's classic-editor caption: `[caption id=… width=…]<a><img></a> The caption.[/caption]`. */
const CAPTION_SHORTCODE = /\[(?:wp_)?caption\b[^\]]*\]([\s\S]*?)\[\/(?:wp_)?caption\]/gi
const CAPTIONED_IMAGE = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i
/** WordPress's media shortcodes: nothing a reader can read without the old site's plugins. */
const MEDIA_SHORTCODE = /\[(gallery|embed|audio|video|playlist)\b[^\]]*\](?:[\s\S]*?\[\/\1\])?/gi

/** Core shortcodes as the HTML they stand for: a captioned image becomes a figure; galleries and embeds are dropped. */
function expandShortcodes(html: string, dropped: string[]): string {
  return html
    .replace(CAPTION_SHORTCODE, (whole, inner: string) => {
      const parts = CAPTIONED_IMAGE.exec(inner)
      return parts ? `<figure>${parts[1]}<figcaption>${parts[2]}</figcaption></figure>` : inner
    })
    .replace(MEDIA_SHORTCODE, (whole, name: string) => {
      dropped.push(`[${name.toLowerCase()}]`)
      return ''
    })
}

function imageOf(node: DomNode): HtmlImage | null {
  const src = node.attribs?.src?.trim()
  if (!src) return null
  return { src, alt: collapse(node.attribs?.alt ?? '') }
}

function imagesIn(node: DomNode): HtmlImage[] {
  if (!isTag(node) || DROPPED.has(node.name ?? '')) return []
  const image = node.name === 'img' ? imageOf(node) : null
  return image ? [image] : (node.children ?? []).flatMap(imagesIn)
}

/** Plain text of a short HTML fragment (an excerpt). */
export function htmlToText(html: string): string {
  return collapse((parseDocument(html).children as unknown as DomNode[]).map(textOf).join(''))
}
