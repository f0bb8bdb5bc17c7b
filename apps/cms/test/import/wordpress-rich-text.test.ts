/**
 * A WordPress body arrives with its structure as the articles' editor stores it, converted by
 * Payload's own HTML converter: links (safe ones only), bold and italic, headings, nested lists
 * and quotes; boilerplate and the trailing `Source:` line stay out, the citation is read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@clinic/shared-types'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { importLegacyExport } from '../../src/import'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.stop())

type Node = { type: string; text?: string; format?: number | string; tag?: string; fields?: { url?: string }; children?: Node[] }

/** One post in a WXR 1.2 channel, as WordPress writes it. */
const exportWithPost = (html: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Clinic</title><link>https://old-clinic.example</link><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Cord cells for knee osteoarthritis</title><link>https://old-clinic.example/2021/05/knee-cells/</link><dc:creator>admin</dc:creator>
<content:encoded><![CDATA[${html}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>7</wp:post_id><wp:post_date_gmt>2021-05-01 10:00:00</wp:post_date_gmt><wp:post_name>knee-cells</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>`

const BODY = `<!-- wp:paragraph --><p>Researchers pooled trials of <strong>umbilical cord</strong> cells in <em>knee osteoarthritis</em>: see <a href="https://pubmed.ncbi.nlm.nih.gov/37644595/">the review</a>, <a href="/2020/01/older-post/">our earlier post</a> or <a href="javascript:alert(document.cookie)">this</a>.</p><!-- /wp:paragraph -->
<h1>What they found</h1>
<ul><li>Less <b>pain</b><ul><li>at six months</li></ul></li><li>Better movement</li></ul>
<blockquote class="wp-block-quote"><p>Knee osteoarthritis improved.</p><p>Side effects were mild.</p></blockquote>
<p>This website uses cookies to improve your browsing experience.</p>
<p>Source: Zhang P, Dong B, Yuan P, Li X. Human umbilical cord mesenchymal stem cells promoting knee joint chondrogenesis for the treatment of knee osteoarthritis: a systematic review and meta-analysis. J Orthop Surg Res. 2023 Aug 29;18(1):639. doi: 10.1186/s13018-023-04131-6. PMID: 37644595.</p>`

const all = (nodes: Node[] | undefined): Node[] => (nodes ?? []).flatMap((node) => [node, ...all(node.children)])

describe('a WordPress body in the editor', () => {
  it('keeps links, bold, italic, headings, nested lists and quotes as editor nodes; no unsafe link, boilerplate or Source: line', async () => {
    const report = await importLegacyExport(t.payload, { text: exportWithPost(BODY), fileName: 'knee.xml' })
    if (!report.ok) throw new Error(report.error)
    const [page] = report.pages
    expect(page).toMatchObject({ kind: 'research-summary', action: 'created', citation: 'created' })
    const article = (await t.payload.findByID({
      collection: 'articles',
      id: page!.articleId!,
      draft: true,
      overrideAccess: true,
    })) as Article
    const blocks = (article.body?.root.children ?? []) as Node[]
    expect(blocks.map((node) => node.tag ?? node.type)).toEqual(['paragraph', 'h2', 'ul', 'quote'])

    const nodes = all(blocks)
    const formatOf = (text: string) => nodes.find((node) => node.type === 'text' && node.text === text)?.format
    expect(formatOf('umbilical cord')).toBe(1) // bold
    expect(formatOf('knee osteoarthritis')).toBe(2) // italic
    expect(formatOf('pain')).toBe(1)
    const links = nodes.filter((node) => node.type === 'link')
    expect(links.map((link) => [link.fields?.url, link.children?.map((child) => child.text).join('')])).toEqual([
      ['https://pubmed.ncbi.nlm.nih.gov/37644595/', 'the review'],
      ['/2020/01/older-post/', 'our earlier post'],
    ])
    // The unsafe link's words stay, as text.
    expect(nodes.some((node) => node.type === 'text' && node.text?.includes('this'))).toBe(true)
    expect(JSON.stringify(article.body)).not.toMatch(/javascript|cookies|Source:/)
    // The nested list is a list inside the first list's items.
    expect(all((blocks[2]!.children ?? []) as Node[]).some((node) => node.type === 'list')).toBe(true)
    expect(blocks[3]!.children?.map((node) => node.type)).toEqual(['text', 'linebreak', 'text'])
    expect(article.importNote).toMatch(/1 link kept as plain text/)
  })
})
