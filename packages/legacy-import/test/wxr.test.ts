import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseWordPressExport } from '../src'

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/wxr', name), 'utf-8')

describe('WordPress export (WXR)', () => {
  it('reads the posts and pages of a genuine WordPress export, with their old addresses and dates', () => {
    const result = parseWordPressExport(fixture('valid-wxr-1.1.xml'))
    if (!result.ok) throw new Error(result.error)
    expect(result.pages.map((page) => [page.title, page.wordpress?.postType, page.wordpress?.oldUrl, page.wordpress?.publishedAt])).toEqual(
      [
        ['Hello world!', 'post', 'http://localhost/?p=1', '2010-10-16T20:53:18.000Z'],
        ['About', 'page', 'http://localhost/?page_id=2', '2010-10-16T20:53:18.000Z'],
      ],
    )
    const hello = result.pages[0]!
    expect(hello.body?.root.children).toEqual([
      expect.objectContaining({
        type: 'paragraph',
        children: [
          expect.objectContaining({ text: 'Welcome to WordPress. This is your first post. Edit or delete it, then start blogging!' }),
        ],
      }),
    ])
    expect(hello.wordpress?.terms).toEqual(['alpha', 'Clippable', 'bieup'])
    // ?p=1 is the home page with a parameter: nothing to redirect, and the editor is told.
    expect(hello.flags.join('\n')).toMatch(/not a path, so no redirect/)
  })

  it('finds the featured image and body images with their alt text and file in the uploads folder', () => {
    const result = parseWordPressExport(fixture('wxr-flat-attachment-same-site.xml'))
    if (!result.ok) throw new Error(result.error)
    const post = result.pages.find((page) => page.title === 'Post with Attachment')!
    expect(post.wordpress?.oldUrl).toBe('https://wp.org/2011/01/10/post-with-attachment/')
    expect(post.wordpress?.images).toContainEqual(
      expect.objectContaining({ url: 'https://wpthemetestdata.files.wordpress.com/2008/06/canola2.jpg', alt: 'canola' }),
    )
    expect(post.wordpress?.images[0]?.localFile).toBe('2008/06/canola2.jpg')
  })

  it('keeps headings, lists and quotes, drops boilerplate, and reads a trailing Source: line as the citation', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Clinic</title><link>https://clinic.example</link><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Cord cells for knee osteoarthritis</title><link>https://clinic.example/2023/09/knee-cells/</link><dc:creator><![CDATA[admin]]></dc:creator>
<content:encoded><![CDATA[<!-- wp:paragraph --><p>Researchers pooled trials of umbilical cord cells in <strong>knee osteoarthritis</strong>.</p>
<h2>What they found</h2><ul><li>Less pain</li><li>Better movement</li></ul><blockquote><p>Knee osteoarthritis improved.</p></blockquote>
<p>This website uses cookies to improve your browsing experience.</p><script>track()</script>
<p>Source: Zhang P, Dong B, Yuan P, Li X. Human umbilical cord mesenchymal stem cells promoting knee joint chondrogenesis for the treatment of knee osteoarthritis: a systematic review and meta-analysis. J Orthop Surg Res. 2023 Aug 29;18(1):639. doi: 10.1186/s13018-023-04131-6. PMID: 37644595.</p>]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>7</wp:post_id><wp:post_date_gmt>2023-09-01 10:00:00</wp:post_date_gmt><wp:post_name>knee-cells</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="knee-osteoarthritis"><![CDATA[Knee Osteoarthritis]]></category></item>
</channel></rss>`
    const result = parseWordPressExport(xml)
    if (!result.ok) throw new Error(result.error)
    const page = result.pages[0]!
    expect(page.kind).toBe('research-summary')
    expect(page.naturalKeys).toEqual({ doi: '10.1186/s13018-023-04131-6', pmid: '37644595' })
    expect(page.body?.root.children.map((node) => node.type)).toEqual(['paragraph', 'heading', 'list', 'quote'])
    expect(JSON.stringify(page.body)).not.toMatch(/cookies|track\(\)|Source:/)
    expect(page.conditions?.map((condition) => condition.slug)).toContain('knee-osteoarthritis')
    expect(page.wordpress?.publishedAt).toBe('2023-09-01T10:00:00.000Z')
  })

  it('refuses XML that is not a WordPress export, and text that is not XML, with the reason', () => {
    expect(parseWordPressExport('<?xml version="1.0"?><feed><entry/></feed>')).toEqual({
      ok: false,
      error: expect.stringMatching(/not a WordPress export/),
    })
    expect(parseWordPressExport('<?xml version="1.0"?><rss><channel>')).toEqual({
      ok: false,
      error: expect.stringMatching(/not well-formed XML/),
    })
  })
})
