import type { Endpoint } from 'payload'

import { citationText } from './citationText'
import { firstCitation, publishedSummaries } from './publishedSummaries'
import { siteUrls } from './siteUrls'

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): GET /api/feeds/research.json[?condition=<slug>] */
export const researchJsonFeed: Endpoint = {
  path: '/feeds/research.json',
  method: 'get',
  handler: async (req) => {
    const scope = await publishedSummaries(req)
    if (!scope) return Response.json({ errors: [{ message: 'No condition with that slug.' }] }, { status: 404 })
    const settings = await req.payload.findGlobal({ slug: 'site-settings', req })
    const query = scope.condition ? `?condition=${encodeURIComponent(scope.condition.slug ?? '')}` : ''
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: scope.condition ? `${settings.clinicName}: research on ${scope.condition.name}` : `${settings.clinicName}: research summaries`,
      home_page_url: scope.condition ? siteUrls.condition(scope.condition.slug ?? '') : siteUrls.research(),
      feed_url: `${req.payload.config.serverURL}${req.payload.config.routes.api}/feeds/research.json${query}`,
      description: settings.tagline ?? undefined,
      language: 'en',
      items: scope.items.map((article) => {
        const source = citationText(firstCitation(article))
        return {
          id: siteUrls.article(article.slug ?? ''),
          url: siteUrls.article(article.slug ?? ''),
          title: article.title,
          summary: article.excerpt ?? undefined,
          content_text: [article.excerpt, source && `Source: ${source}`].filter(Boolean).join('\n\n') || article.title,
          date_published: article.publishedAt ?? undefined,
          date_modified: article.updatedAt,
        }
      }),
    }
    return new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } })
  },
}
