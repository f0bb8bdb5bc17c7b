import type { Endpoint, PayloadRequest } from 'payload'
import { SitemapStream, streamToPromise } from 'sitemap'

import { siteUrls } from './siteUrls'

const PAGE = 1000

/** Every published page of the public site: GET /api/sitemap.xml */
export const sitemap: Endpoint = {
  path: '/sitemap.xml',
  method: 'get',
  handler: async (req) => {
    const stream = new SitemapStream()
    const done = streamToPromise(stream)
    for (const url of [siteUrls.home(), siteUrls.research(), siteUrls.conditions()]) stream.write({ url })
    for await (const article of allDocs(req, 'articles')) {
      stream.write({ url: siteUrls.article(article.slug), lastmod: article.updatedAt })
    }
    for await (const condition of allDocs(req, 'conditions')) {
      stream.write({ url: siteUrls.condition(condition.slug), lastmod: condition.updatedAt })
    }
    for await (const profile of allDocs(req, 'reviewer-profiles')) {
      stream.write({ url: siteUrls.reviewer(profile.slug), lastmod: profile.updatedAt })
    }
    stream.end()
    return new Response((await done).toString(), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
  },
}

/** Walks a collection page by page, published documents only. */
async function* allDocs(req: PayloadRequest, collection: 'articles' | 'conditions' | 'reviewer-profiles') {
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection,
      page,
      limit: PAGE,
      depth: 0,
      select: { slug: true, updatedAt: true },
      // Explicit, not left to the caller's access: a signed-in editor must not leak drafts into it
      // (every kind listed here has drafts).
      where: { _status: { equals: 'published' } },
      req,
    })
    for (const doc of result.docs) if (doc.slug) yield { slug: doc.slug, updatedAt: doc.updatedAt }
    if (!result.hasNextPage) return
  }
}
