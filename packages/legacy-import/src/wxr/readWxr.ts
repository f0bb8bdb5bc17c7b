import { XMLParser, XMLValidator } from 'fast-xml-parser'

/** One `<item>` of a WordPress export, as far as the importer uses it. */
export interface WxrItem {
  postId: string
  postType: string
  status: string
  title: string
  /** content:encoded: the post's HTML (or WordPress's auto-paragraphed text). */
  html: string
  /** excerpt:encoded, when the author wrote one. */
  excerpt: string
  /** wp:post_date_gmt as ISO 8601 (UTC); undefined for never-published drafts ("0000-00-00 …"). */
  publishedAt?: string
  creator: string
  /** post_name: the old slug. */
  slug: string
  /** The old address, as visitors and search engines know it. */
  link: string
  /** category / post_tag (and other taxonomies) attached to the item. */
  terms: { domain: string; slug: string; name: string }[]
  meta: Record<string, string>
  /** Attachments only: where WordPress served the file. */
  attachmentUrl?: string
}

export type ReadWxrResult = { ok: true; siteUrl: string; items: WxrItem[] } | { ok: false; error: string }

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Values stay strings: post ids, slugs like "2019" and dates must not become numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  isArray: (name) => ['item', 'category', 'wp:postmeta'].includes(name),
})

type Node = Record<string, unknown>
const text = (value: unknown): string => {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'object' && '#text' in (value as Node)) return String((value as Node)['#text'])
  return ''
}

/** "2010-10-16 20:53:18" (UTC) → "2010-10-16T20:53:18.000Z"; WordPress writes zeros for drafts. */
function gmtDate(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim())
  if (!match || match[1] === '0000') return undefined
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/**
 * Reads a WordPress eXtended RSS export (Tools → Export) with an XML parser. A file that is not
 * well-formed XML, or XML that is not a WordPress export, is refused with the reason.
 */
export function readWxr(xml: string): ReadWxrResult {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    return {
      ok: false,
      error: `The file is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}), so it is not a WordPress export.`,
    }
  }
  const document = parser.parse(xml) as Node
  const channel = (document.rss as Node | undefined)?.channel as Node | undefined
  if (!channel || !('wp:wxr_version' in channel)) {
    return {
      ok: false,
      error:
        'The XML is not a WordPress export: it has no <rss><channel> with a <wp:wxr_version> (export it from WordPress under Tools → Export).',
    }
  }
  const items = ((channel.item as Node[] | undefined) ?? []).map((item): WxrItem => {
    const meta: Record<string, string> = {}
    for (const entry of (item['wp:postmeta'] as Node[] | undefined) ?? []) meta[text(entry['wp:meta_key'])] = text(entry['wp:meta_value'])
    return {
      postId: text(item['wp:post_id']).trim(),
      postType: text(item['wp:post_type']).trim(),
      status: text(item['wp:status']).trim(),
      title: text(item.title).trim(),
      html: text(item['content:encoded']),
      excerpt: text(item['excerpt:encoded']).trim(),
      publishedAt: gmtDate(text(item['wp:post_date_gmt'])),
      creator: text(item['dc:creator']).trim(),
      slug: text(item['wp:post_name']).trim(),
      link: text(item.link).trim(),
      terms: ((item.category as unknown[] | undefined) ?? []).map((term) => ({
        domain: typeof term === 'object' && term ? String((term as Node)['@domain'] ?? '') : '',
        slug: typeof term === 'object' && term ? String((term as Node)['@nicename'] ?? '') : '',
        name: text(term).trim(),
      })),
      meta,
      attachmentUrl: text(item['wp:attachment_url']).trim() || undefined,
    }
  })
  return { ok: true, siteUrl: text(channel['wp:base_site_url']).trim() || text(channel.link).trim(), items }
}
