import { Feed } from 'feed'
import type { Endpoint } from 'payload'

import { citationText } from './citationText'
import { firstCitation, publishedSummaries } from './publishedSummaries'
import { siteUrls } from './siteUrls'

/** RSS 2.0 of published research summaries: GET /api/feeds/research.xml[?condition=<slug>] */
export const researchRss: Endpoint = {
  path: '/feeds/research.xml',
  method: 'get',
  handler: async (req) => {
    const scope = await publishedSummaries(req)
    if (!scope) return Response.json({ errors: [{ message: 'No condition with that slug.' }] }, { status: 404 })
    const settings = await req.payload.findGlobal({ slug: 'site-settings', req })
    const feed = new Feed({
      title: scope.condition ? `${settings.clinicName}: research on ${scope.condition.name}` : `${settings.clinicName}: research summaries`,
      description: settings.tagline ?? 'Plain-language summaries of peer-reviewed research',
      id: siteUrls.research(),
      link: scope.condition ? siteUrls.condition(scope.condition.slug ?? '') : siteUrls.research(),
      language: 'en',
      copyright: `© ${settings.clinicName}`,
      // Readers use the self link to tell which address this feed lives at (atom:link rel="self").
      feedLinks: { rss: req.url },
      updated: scope.items[0]?.publishedAt ? new Date(scope.items[0].publishedAt) : undefined,
    })
    for (const article of scope.items) {
      const source = citationText(firstCitation(article))
      feed.addItem({
        title: article.title,
        id: siteUrls.article(article.slug ?? ''),
        link: siteUrls.article(article.slug ?? ''),
        description: article.excerpt ?? undefined,
        // content:encoded carries HTML, so readers show paragraphs rather than one run of text.
        content: contentHtml(article.excerpt ?? '', source),
        date: new Date(article.publishedAt ?? article.updatedAt),
      })
    }
    return new Response(feed.rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
  },
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The item's HTML body: the excerpt and, when there is one, the paper it summarises. */
export function contentHtml(excerpt: string, source: string | undefined): string {
  const parts = [excerpt ? `<p>${escapeHtml(excerpt)}</p>` : '', source ? `<p>Source: ${escapeHtml(source)}</p>` : '']
  return parts.join('')
}
