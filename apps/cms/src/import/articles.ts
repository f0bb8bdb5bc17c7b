import type { PayloadRequest } from 'payload'

import type { ImportedPage } from '@clinic/legacy-import'

import { slugify } from '../fields/slugify'
import { citationFor } from './citations'
import { linkConditions } from './conditions'
import { imageFlag, importImages, type MediaLedger } from './media'
import { importNote } from './note'
import { recordOldAddress } from './redirects'
import { articleBodyFromHtml } from './richText'
import type { PageOutcome } from './types'

type ArticleKind = 'research-summary' | 'condition-guide' | 'lifestyle-post'

interface Context {
  req: PayloadRequest
  fileName: string
  now: Date
  /** WordPress imports: the site's uploads folder on this machine, where images are read from. */
  uploadsDir?: string
  mediaLedger: MediaLedger
}

/** The article already imported from this page (the same text in any export), if any. */
async function findByFingerprint(req: PayloadRequest, fingerprint: string) {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { importFingerprint: { equals: fingerprint } },
    depth: 0,
    limit: 1,
    select: { title: true },
    overrideAccess: true,
    req,
  })
  return docs[0]
}

/** A summary of this paper already in the CMS (imported from another page, or written by hand). */
async function findSummaryCiting(req: PayloadRequest, citationId: number) {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { and: [{ type: { equals: 'research-summary' } }, { citations: { in: [citationId] } }] },
    depth: 0,
    limit: 1,
    select: { title: true },
    overrideAccess: true,
    req,
  })
  return docs[0]
}

/** The title's slug, made unique when another article already has it. */
async function freeSlug(req: PayloadRequest, title: string, fingerprint: string): Promise<string> {
  const slug = slugify(title)
  const { totalDocs } = await req.payload.count({ collection: 'articles', where: { slug: { equals: slug } }, overrideAccess: true, req })
  return totalDocs === 0 ? slug : `${slug.slice(0, 110)}-${fingerprint.slice(0, 8)}`
}

/**
 * A research summary, condition guide or lifestyle post becomes an article of that type, created
 * by the system in review (a draft, never published) with its import note and fingerprint.
 * Summaries get their citation (reused by DOI/PMID or created) first and their conditions linked.
 */
export async function importArticle(
  page: ImportedPage & { kind: ArticleKind },
  { req, fileName, now, uploadsDir, mediaLedger }: Context,
): Promise<PageOutcome> {
  const outcome: PageOutcome = {
    page: page.index + 1,
    kind: page.kind,
    title: page.title ?? null,
    firstLine: page.firstLine,
    lastLine: page.lastLine,
    action: 'created',
    detail: '',
    flags: [...page.flags],
  }

  const earlier = await findByFingerprint(req, page.fingerprint)
  if (earlier) return { ...outcome, action: 'skipped', detail: `already imported (article ${earlier.id})`, articleId: earlier.id }

  const citations: number[] = []
  const notes: string[] = []
  let flagged = false
  if (page.kind === 'research-summary') {
    if (page.citation) {
      const result = await citationFor(req, page.citation)
      if (result.kind === 'invalid') {
        flagged = true
        notes.push(`citation not stored (${result.problems.join('; ')})`)
        outcome.flags.push(`The source citation could not be stored: ${result.problems.join('; ')}. Add it by hand.`)
      } else {
        if (result.kind === 'reused') {
          const summary = await findSummaryCiting(req, result.id)
          if (summary) {
            return {
              ...outcome,
              action: 'skipped',
              detail: `already imported: a summary of this paper exists (article ${summary.id})`,
              articleId: summary.id,
              citationId: result.id,
              citation: 'reused',
            }
          }
        }
        citations.push(result.id)
        outcome.citationId = result.id
        outcome.citation = result.kind
        notes.push(result.kind === 'reused' ? `citation ${result.id} reused` : 'citation created')
      }
    } else {
      flagged = true
      notes.push('no readable citation')
      outcome.flags.push('The source citation could not be read. Add it by hand.')
    }
  }

  const conditions = await linkConditions(req, page.conditions ?? [])
  outcome.conditionIds = conditions.ids
  outcome.conditionsCreated = conditions.created
  if (conditions.created.length > 0)
    notes.push(`condition${conditions.created.length > 1 ? 's' : ''} created: ${conditions.created.join(', ')}`)

  // A WordPress post's images come into Media from the uploads folder; its featured image is the hero.
  const images = await importImages(req, page.wordpress?.images ?? [], uploadsDir, mediaLedger)
  outcome.flags.push(...images.map(imageFlag))
  const mediaBySrc = new Map(images.flatMap((image) => (image.kind === 'skipped' ? [] : [[image.image.url, image.mediaId] as const])))
  const heroImage = images.find((image) => image.image.featured && image.kind !== 'skipped')
  // A WordPress body keeps its links, emphasis and images through the editor's own HTML converter.
  const body = page.bodyHtml === undefined ? page.body : (await articleBodyFromHtml(req, page.bodyHtml, mediaBySrc)).body

  const title = page.title ?? `Imported page ${page.index + 1} of ${fileName}`
  const article = await req.payload.create({
    collection: 'articles',
    data: {
      title,
      // A WordPress post keeps its old slug when it is free, so its new address reads the same.
      slug: await freeSlug(req, page.wordpress?.slug || title, page.fingerprint),
      // The original publication date; the first publish keeps it (hooks/populatePublishedAt).
      ...(page.wordpress?.publishedAt ? { publishedAt: page.wordpress.publishedAt } : {}),
      type: page.kind,
      excerpt: page.excerpt ?? null,
      body: body as never,
      ...(heroImage && heroImage.kind !== 'skipped' ? { heroImage: heroImage.mediaId } : {}),
      citations,
      conditions: conditions.ids,
      // The system may create an article in a workflow state: imports wait for an editor's check
      // and a medical review; they are never published by the import.
      workflowState: 'in_review',
      _status: 'draft',
      importNote: importNote({ ...page, flags: outcome.flags }, fileName, now),
      importFingerprint: page.fingerprint,
    },
    overrideAccess: true,
    req,
  })
  if (page.wordpress) {
    const redirect = await recordOldAddress(req, page.wordpress.oldUrl, article)
    if (redirect.kind === 'none') outcome.flags.push(`No redirect recorded: ${redirect.reason}.`)
    else {
      outcome.redirectFrom = redirect.from
      notes.push(
        redirect.kind === 'created' ? `redirect from ${redirect.from} (applies once published)` : `${redirect.from} was already redirected`,
      )
    }
  }
  return {
    ...outcome,
    articleId: article.id,
    action: flagged ? 'flagged' : 'created',
    detail: [`article ${article.id}, in review`, ...notes].join('; '),
  }
}
