import { type PayloadRequest, ValidationError } from 'payload'

import { articlePath, normalizeRedirectPath } from '../collections/Redirects/paths'

export type RedirectOutcome = { kind: 'created' | 'exists'; from: string } | { kind: 'none'; reason: string }

/**
 * Records an imported page's old address as a redirect to its new article. The redirect exists at
 * once but visitors see it only when the article is published (Redirects' read access), so an
 * import never points anyone at a draft. An address already redirected is left as it is.
 */
export async function recordOldAddress(
  req: PayloadRequest,
  oldUrl: string,
  article: { id: number; slug?: string | null },
): Promise<RedirectOutcome> {
  const from = oldUrl ? normalizeRedirectPath(oldUrl) : null
  if (!from || from === '/') return { kind: 'none', reason: `the old address ${oldUrl || '(none)'} has no path of its own` }
  if (article.slug && articlePath(article.slug) === from) return { kind: 'none', reason: 'the old address is the new one' }
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where: { from: { equals: from } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) return { kind: 'exists', from }
  try {
    await req.payload.create({
      collection: 'redirects',
      data: { from, toType: 'article', toArticle: article.id },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    // A chain the editor must resolve (the address is another redirect's target): reported, not fatal.
    if (error instanceof ValidationError) return { kind: 'none', reason: error.message }
    throw error
  }
  return { kind: 'created', from }
}
