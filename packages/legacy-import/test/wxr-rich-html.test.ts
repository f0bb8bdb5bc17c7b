/**
 * A WordPress body keeps its structure (links, bold and italic, headings, nested lists, quotes,
 * images) as clean HTML for the CMS's editor converter, while the importer's rules still read its
 * plain text: boilerplate dropped, the trailing `Source:` line read as the citation.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseWordPressExport } from '../src'
import { safeLinkHref } from '../src/wxr/safeLinks'
import { pagesOf } from './helpers'

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/wxr', name), 'utf-8')

/** One post in a WXR 1.2 channel, as WordPress writes it (CDATA body, GMT date, category). */
function exportWithPost(html: string, link = 'https://old-clinic.example/2021/05/knee-cells/'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Clinic</title><link>https://old-clinic.example</link><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Cord cells for knee osteoarthritis</title><link>${link}</link><dc:creator><![CDATA[admin]]></dc:creator>
<content:encoded><![CDATA[${html}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>7</wp:post_id><wp:post_date_gmt>2021-05-01 10:00:00</wp:post_date_gmt><wp:post_name>knee-cells</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>`
}

const SOURCE =
  'Source: Zhang P, Dong B, Yuan P, Li X. Human umbilical cord mesenchymal stem cells promoting knee joint chondrogenesis for the treatment of knee osteoarthritis: a systematic review and meta-analysis. J Orthop Surg Res. 2023 Aug 29;18(1):639. doi: 10.1186/s13018-023-04131-6. PMID: 37644595.'

describe('a WordPress body as HTML for the editor', () => {
  it('keeps the image of a genuine export (wordpress-importer) standing alone after its paragraph, with its alt text', () => {
    const post = pagesOf(parseWordPressExport(fixture('wxr-flat-attachment-same-site.xml'))).find(
      (page) => page.title === 'Post with Attachment',
    )!
    expect(post.bodyHtml).toBe(
      '<p>This post has an attachment.</p>\n<img src="https://wpthemetestdata.files.wordpress.com/2008/06/canola2.jpg" alt="canola">',
    )
    expect(post.wordpress?.images).toEqual([
      expect.objectContaining({ url: 'https://wpthemetestdata.files.wordpress.com/2008/06/canola2.jpg', alt: 'canola', featured: false }),
    ])
  })

  it('keeps the paragraphs of a genuine export written without <p> (WordPress auto-paragraphs)', () => {
    const hello = pagesOf(parseWordPressExport(fixture('valid-wxr-1.1.xml')))[0]!
    expect(hello.bodyHtml).toBe('<p>Welcome to WordPress. This is your first post. Edit or delete it, then start blogging!</p>')
  })

  it('keeps links, bold, italic, headings, nested lists and quotes; drops boilerplate and the Source: line as before', () => {
    const page = pagesOf(
      parseWordPressExport(
        exportWithPost(`<!-- wp:paragraph --><p>Trials of <strong>umbilical cord</strong> cells in <em>knee</em> <b>osteo</b><i>arthritis</i>: see <a href="https://pubmed.ncbi.nlm.nih.gov/37644595/">the review</a>, <a href="/2020/01/older-post/">our earlier post</a> or <a href="mailto:info@old-clinic.example">write to us</a>.</p><!-- /wp:paragraph -->
<h1>What they found</h1>
<h5>In short</h5>
<ul><li>Less <strong>pain</strong><ul><li>at 6 months</li></ul></li><li>Better movement</li></ul>
<ol><li>First</li><li>Second</li></ol>
<blockquote class="wp-block-quote"><p>Knee osteoarthritis improved.</p><cite>The authors</cite></blockquote>
<p>This website uses cookies to improve your browsing experience. <a href="/privacy/">Privacy policy</a></p>
<p>${SOURCE}</p>`),
      ),
    )[0]!
    expect(page.kind).toBe('research-summary')
    expect(page.naturalKeys).toEqual({ doi: '10.1186/s13018-023-04131-6', pmid: '37644595' })
    expect(page.bodyHtml!.split('\n')).toEqual([
      '<p>Trials of <strong>umbilical cord</strong> cells in <em>knee</em> <strong>osteo</strong><em>arthritis</em>: see <a href="https://pubmed.ncbi.nlm.nih.gov/37644595/">the review</a>, <a href="/2020/01/older-post/">our earlier post</a> or <a href="mailto:info@old-clinic.example">write to us</a>.</p>',
      '<h2>What they found</h2>',
      '<h4>In short</h4>',
      '<ul><li>Less <strong>pain</strong><ul><li>at 6 months</li></ul></li><li>Better movement</li></ul>',
      '<ol><li>First</li><li>Second</li></ol>',
      '<blockquote>Knee osteoarthritis improved.<br>The authors</blockquote>',
    ])
    expect(page.bodyHtml).not.toMatch(/cookies|Source:|Privacy/)
    // The plain blocks the rules read are what they were.
    expect(page.body?.root.children.map((node) => node.type)).toEqual(['paragraph', 'heading', 'heading', 'list', 'list', 'quote'])
  })

  it('keeps only web, e-mail and site links: javascript:, data: and the like lose their link, never their text, and are flagged', () => {
    const page = pagesOf(
      parseWordPressExport(
        exportWithPost(
          '<p>Click <a href="javascript:alert(1)">here</a>, <a href=" java&#9;script:alert(2)">there</a>, <a href="data:text/html,<b>x</b>">data</a>, <a href="vbscript:msgbox">vb</a> or <a href="https://clinic-partner.example/?q=1#top">a partner</a> for stem cell therapy.</p>',
        ),
      ),
    )[0]!
    expect(page.bodyHtml).toBe(
      '<p>Click here, there, data, vb or <a href="https://clinic-partner.example/?q=1#top">a partner</a> for stem cell therapy.</p>',
    )
    expect(page.flags.join('\n')).toMatch(/4 links kept as plain text.*javascript:alert\(1\)/)
  })

  it('lifts images out of paragraphs and links, reads captions, and drops galleries and embeds', () => {
    const page = pagesOf(
      parseWordPressExport(
        exportWithPost(`<p>Before <a href="https://old-clinic.example/wp-content/uploads/2021/05/knee.jpg"><img class="size-medium wp-image-12" src="https://old-clinic.example/wp-content/uploads/2021/05/knee-300x200.jpg" alt="A knee brace" width="300" height="200" /></a> after.</p>
[caption id="attachment_13" align="alignnone" width="300"]<img src="https://old-clinic.example/wp-content/uploads/2021/05/cells.png" alt="" width="300" height="200" /> Cells under the microscope.[/caption]
[gallery ids="1,2,3"]
<p>Stem cell therapy for knee osteoarthritis & what to <em>expect</em>.</p>`),
      ),
    )[0]!
    expect(page.bodyHtml!.split('\n')).toEqual([
      '<p>Before after.</p>',
      '<img src="https://old-clinic.example/wp-content/uploads/2021/05/knee-300x200.jpg" alt="A knee brace">',
      '<img src="https://old-clinic.example/wp-content/uploads/2021/05/cells.png" alt="">',
      '<p>Stem cell therapy for knee osteoarthritis &amp; what to <em>expect</em>.</p>',
    ])
    expect(page.wordpress?.images).toEqual([
      expect.objectContaining({ url: 'https://old-clinic.example/wp-content/uploads/2021/05/knee-300x200.jpg', alt: 'A knee brace' }),
      expect.objectContaining({
        url: 'https://old-clinic.example/wp-content/uploads/2021/05/cells.png',
        alt: '',
        caption: 'Cells under the microscope.',
      }),
    ])
    expect(page.flags.join('\n')).toMatch(/Left out what is not text \(\[gallery\]\)/)
    expect(JSON.stringify(page.body)).not.toMatch(/caption|gallery/)
  })
})

describe('safeLinkHref', () => {
  const base = 'https://old-clinic.example/2021/05/knee-cells/'
  it.each([
    ['https://example.org/a?b=1#c', 'https://example.org/a?b=1#c'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:info@clinic.example', 'mailto:info@clinic.example'],
    ['/contact/', '/contact/'],
    ['../older/', '/2021/05/older/'],
    ['https://old-clinic.example/about/?x=1', '/about/?x=1'],
    ['//cdn.example.org/x.pdf', 'https://cdn.example.org/x.pdf'],
    ['#method', '#method'],
  ])('keeps %s as %s', (href, kept) => expect(safeLinkHref(href, base)).toBe(kept))

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
    'tel:+15550100',
    'ftp://example.org',
    '',
    'http://[bad',
  ])('refuses %j', (href) => expect(safeLinkHref(href, base)).toBeNull())
})
