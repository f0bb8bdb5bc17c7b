import type { PayloadRequest } from 'payload'

import { isWorkflowState, type WorkflowState } from '@clinic/workflow'

import type { Article } from '@clinic/shared-types'

import type { ReviewedCollection } from './reviewKinds'

export interface ArticleState {
  /** The newest version: the working copy the admin edits (drafts included). */
  latest: Partial<Article> & { id: number }
  /** The workflow state of the working copy: what the article "is" in lists and for actions. */
  state: WorkflowState
  /** A published version is on the site (Payload's main table row is published). */
  live: boolean
}

/**
 * Reads a reviewed document (an article, a condition, …) as the workflow must judge it, straight from the database: the newest
 * version (which may be a draft newer than the published one) and whether a published version is
 * live. Operations hand hooks different baselines (the main row for a bulk update, the newest
 * version for the edit view), so the workflow never trusts `originalDoc` for either.
 */
export async function loadReviewState(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: number | string,
): Promise<ArticleState | null> {
  const main = (await req.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    req,
  })) as (Partial<Article> & { id: number }) | null
  if (!main) return null
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const version = docs[0]?.version as Partial<Article> | undefined
  const latest =
    version && new Date(docs[0]!.updatedAt).getTime() >= new Date(main.updatedAt ?? 0).getTime() ? { ...version, id: main.id } : main
  const live = main._status === 'published'
  const stored = latest.workflowState
  const state: WorkflowState = isWorkflowState(stored) ? stored : live ? 'published' : 'draft'
  return { latest, state, live }
}
