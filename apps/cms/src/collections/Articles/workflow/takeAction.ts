import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { Article } from '@clinic/shared-types'

import { clearIntent, intentContext, type WorkflowIntent } from './context'

/**
 * Takes a workflow action (or accepts a claim finding) on an article (or another reviewed kind) as `user`, through the same
 * save and hook as every other path; without a user, as the system (seed, scripts). Only chooses
 * the kind of save: publishing writes the live row, taking down unpublishes it, anything else saves
 * the working copy (as a draft while a published version is live, so the site keeps showing it).
 */
export async function takeWorkflowAction(
  payload: Payload,
  intent: WorkflowIntent,
  options: { user?: TypedUser | null; req?: PayloadRequest } = {},
): Promise<Article> {
  const id = intent.documentId
  const collection = intent.collection ?? 'articles'
  const main = await payload.db.findOne<{ id: number; _status?: string }>({
    collection,
    where: { id: { equals: id } },
    req: options.req,
  })
  const live = main?._status === 'published'
  const publishing = intent.kind === 'transition' && intent.action === 'publish'
  const takingDown = intent.kind === 'transition' && (intent.action === 'unpublish' || intent.action === 'archive')
  const draft = !publishing && !takingDown && live
  try {
    return (await payload.update({
      collection,
      id,
      data: publishing ? { _status: 'published' } : draft ? {} : { _status: 'draft' },
      draft,
      depth: 0,
      ...(options.user ? { user: options.user, overrideAccess: false } : { overrideAccess: true }),
      ...(options.req ? { req: options.req } : {}),
      context: intentContext(intent),
    })) as Article
  } finally {
    if (options.req) clearIntent(options.req)
  }
}
