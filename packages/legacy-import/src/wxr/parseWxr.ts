import { dedupeKeys, parseCitation } from '@clinic/citations'

import { isCallToAction } from '../callToAction'
import { isCitationLine } from '../citationLine'
import { classifyContentPage } from '../classify'
import { findConditions } from '../conditions/find'
import { deriveExcerpt, MAX_EXCERPT_LENGTH } from '../excerpt'
import { fingerprint } from '../fingerprint'
import { lexicalDocument, type Block } from '@clinic/rich-text'
import { lifestyleSignal } from '../lifestyle'
import { matchChrome } from '../lineRoles'
import type { PageEnding } from '../split'
import type { ImportedPage, PageCondition, ParseExportResult, WordPressOrigin } from '../types'
import { MAX_EXPORT_LENGTH } from '../validateInput'
import { type HtmlImage, htmlToBlocks, htmlToText } from './htmlBlocks'
import { readWxr, type WxrItem } from './readWxr'

/** WordPress statuses that are not content to move: the bin, autosaves, revisions. */
const SKIPPED_STATUSES = new Set(['trash', 'auto-draft', 'inherit'])

const blockText = (block: Block) => (block.kind === 'list' ? block.items.join('\n') : block.text)

/**
 * Reads a WordPress export (WXR) into the same pages the text importer gives: each post or page
 * classified by the same rules, its HTML as our rich text, its `Source:` line parsed into a
 * citation, conditions found in its text and its categories/tags, boilerplate (cookie notices,
 * newsletter and packet prompts) dropped; plus where it was (old URL, slug, date, images). Pure.
 */
export function parseWordPressExport(xml: string): ParseExportResult {
  if (xml.length > MAX_EXPORT_LENGTH * 10)
    return {
      ok: false,
      error: `The file is ${xml.length.toLocaleString('en')} characters long; the importer reads WordPress exports up to ${(MAX_EXPORT_LENGTH * 10).toLocaleString('en')}. Export posts and pages separately.`,
    }
  const read = readWxr(xml)
  if (!read.ok) return read
  const attachments = new Map(read.items.filter((item) => item.postType === 'attachment').map((item) => [item.postId, item]))
  const content = read.items.filter((item) => (item.postType === 'post' || item.postType === 'page') && !SKIPPED_STATUSES.has(item.status))
  if (content.length === 0)
    return { ok: false, error: 'The WordPress export holds no post or page to import (only attachments, menus or other content).' }
  return { ok: true, pages: content.map((item, index) => buildWordPressPage(item, index, attachments)) }
}

function buildWordPressPage(item: WxrItem, index: number, attachments: ReadonlyMap<string, WxrItem>): ImportedPage {
  const html = htmlToBlocks(item.html, { baseUrl: item.link })
  const flags: string[] = []
  // Boilerplate a theme or plugin left in the body.
  const chrome = html.pieces.filter(
    (piece) => piece.kind === 'text' && piece.block.kind !== 'heading' && matchChrome(blockText(piece.block)),
  )
  const kept = html.pieces.filter((piece) => !chrome.includes(piece))
  if (chrome.length)
    flags.push(
      `${chrome.length} piece${chrome.length > 1 ? 's' : ''} of page boilerplate (cookie notice, newsletter or information-packet prompt) left out.`,
    )
  if (html.dropped.length)
    flags.push(`Left out what is not text (${[...new Set(html.dropped)].join(', ')}): add it back by hand if it matters.`)
  if (html.unsafeLinks.length)
    flags.push(
      `${html.unsafeLinks.length} link${html.unsafeLinks.length > 1 ? 's' : ''} kept as plain text: only web, e-mail and site addresses are links here (${[...new Set(html.unsafeLinks)].map((href) => href.slice(0, 60)).join(', ')}).`,
    )
  const keptText = kept.flatMap((piece) => (piece.kind === 'text' ? [blockText(piece.block)] : []))

  // Trailing `Source:` lines are the citation, not body text.
  let end = kept.length
  const citationAt = (at: number) => {
    const piece = kept[at]!
    return piece.kind === 'text' && piece.block.kind === 'paragraph' && isCitationLine(piece.block.text)
  }
  while (end > 0 && citationAt(end - 1)) end -= 1
  const citationLines = kept.slice(end).flatMap((piece) => (piece.kind === 'text' ? [blockText(piece.block)] : []))
  const body = kept.slice(0, end)
  const blocks = body.flatMap((piece) => (piece.kind === 'text' ? [piece.block] : []))
  const paragraphs = blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []))
  const headings = blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []))
  const bodyText = blocks.map(blockText).join('\n')
  const last = blocks[blocks.length - 1]
  const ending: PageEnding = citationLines.length
    ? 'citation'
    : last?.kind === 'paragraph' && isCallToAction(last.text)
      ? 'call-to-action'
      : 'none'

  const parsed = citationLines[0] === undefined ? undefined : parseCitation(citationLines[0])
  const citation = parsed?.ok ? parsed.citation : undefined
  const termNames = item.terms.filter((term) => term.domain === 'category' || term.domain === 'post_tag').map((term) => term.name)
  const conditions = findConditions(bodyText, {
    emphasised: [item.title, ...(citation ? [citation.title] : []), ...headings, ...termNames],
  })
  const fromTerms = termNames.flatMap((name) => findConditions(name).primary)
  const pageConditions = uniqueConditions([...fromTerms, ...conditions.primary])

  const classified = classifyContentPage({
    ending,
    textBlocks: blocks.filter((block) => block.kind !== 'heading').length,
    conditions,
    lifestyle: lifestyleSignal(bodyText),
  })
  let kind: ImportedPage['kind'] = classified.kind
  if (kind === 'unclassified' && paragraphs.length > 0) {
    // A WordPress item is a page by itself (its title and address say so): kept, as a draft for an editor to type.
    kind = 'lifestyle-post'
    flags.push(
      `The importer could not tell what kind of article this is (${classified.reason}) It was stored as a lifestyle post: set its type.`,
    )
  }

  const excerptFromExport = htmlToText(item.excerpt)
  const excerpt = excerptFromExport
    ? excerptFromExport.slice(0, MAX_EXCERPT_LENGTH)
    : deriveExcerpt(ending === 'call-to-action' ? paragraphs.slice(0, -1) : paragraphs)
  if (!excerptFromExport && excerpt !== undefined)
    flags.push('The excerpt was taken from the opening paragraph: check that it reads well on its own.')
  if (item.status !== 'publish') flags.push(`It was not published on the old site (WordPress status "${item.status}").`)

  const bodyImages = body.flatMap((piece) => (piece.kind === 'image' ? [piece.image] : []))
  const origin = originOf(item, attachments, bodyImages)
  // What became of each image (in Media, or why not) is the CMS's to say: it reads the files.
  if (!isPathAddress(origin.oldUrl))
    flags.push(
      `The old address ${origin.oldUrl || '(none)'} is not a path, so no redirect was recorded for it: add one by hand if visitors know another address.`,
    )

  const page: ImportedPage = {
    index,
    kind,
    // Text only, as it always was, so a file imported before images and markup were kept is still recognised.
    fingerprint: fingerprint(['wordpress', item.title, ...keptText]),
    firstLine: index + 1,
    lastLine: index + 1,
    sourceText: [item.title, ...keptText].join('\n'),
    title: item.title || undefined,
    titleDerived: !item.title,
    excerpt,
    excerptDerived: !excerptFromExport && excerpt !== undefined,
    body: lexicalDocument(blocks),
    bodyHtml: body.map((piece) => piece.html).join('\n'),
    conditions: pageConditions,
    flags,
    wordpress: origin,
  }
  if (kind === 'unclassified') page.reason = classified.reason
  if (citationLines.length) {
    page.citationText = citationLines[0]
    if (parsed?.ok) {
      page.citation = parsed.citation
      page.naturalKeys = dedupeKeys(parsed.citation)
      page.citationWarnings = parsed.warnings.map((warning) => warning.message)
      for (const warning of parsed.warnings) flags.push(`Citation: ${warning.message}`)
    } else if (parsed) {
      page.citationWarnings = parsed.errors.map((error) => error.message)
      flags.push(`The source citation could not be read (${parsed.errors.map((error) => error.message).join(' ')}): enter it by hand.`)
    }
    if (citationLines.length > 1)
      flags.push(
        `The post ends with ${citationLines.length} citation lines; only the first was read. Add the others by hand: ${citationLines.slice(1).join(' | ')}`,
      )
  }
  return page
}

function uniqueConditions(conditions: readonly PageCondition[]): PageCondition[] {
  const seen = new Map<string, PageCondition>()
  for (const { name, slug, category } of conditions) if (!seen.has(slug)) seen.set(slug, { name, slug, category })
  return [...seen.values()]
}

/** An address with a path of its own (not the home page with `?p=12`). */
function isPathAddress(url: string): boolean {
  try {
    return new URL(url, 'http://site.invalid').pathname.replace(/\/+$/, '') !== ''
  } catch {
    return false
  }
}

function originOf(item: WxrItem, attachments: ReadonlyMap<string, WxrItem>, bodyImages: readonly HtmlImage[]): WordPressOrigin {
  const images: WordPressOrigin['images'] = []
  const featured = item.meta._thumbnail_id ? attachments.get(item.meta._thumbnail_id) : undefined
  if (featured?.attachmentUrl) {
    images.push({
      url: featured.attachmentUrl,
      alt: featured.meta._wp_attachment_image_alt ?? '',
      featured: true,
      localFile: featured.meta._wp_attached_file,
    })
  }
  const byUrl = new Map(
    [...attachments.values()].filter((attachment) => attachment.attachmentUrl).map((attachment) => [attachment.attachmentUrl!, attachment]),
  )
  for (const image of bodyImages) {
    if (images.some((known) => known.url === image.src)) continue
    // A body usually shows a resized copy (canola2-300x200.jpg) of the attachment (canola2.jpg).
    const attachment = byUrl.get(image.src) ?? byUrl.get(image.src.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1'))
    images.push({
      url: image.src,
      alt: image.alt || attachment?.meta._wp_attachment_image_alt || '',
      ...(image.caption ? { caption: image.caption } : {}),
      featured: false,
      localFile: attachment?.meta._wp_attached_file,
    })
  }
  return {
    postId: item.postId,
    postType: item.postType as 'post' | 'page',
    status: item.status,
    slug: item.slug,
    oldUrl: item.link,
    publishedAt: item.publishedAt,
    creator: item.creator,
    terms: item.terms.map((term) => term.name),
    images,
  }
}
