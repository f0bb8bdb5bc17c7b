import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Article, Citation } from '@clinic/shared-types'
import type { WorkflowAction, WorkflowState } from '@clinic/workflow'

import { actorFor, asSystem } from '../workflow/actor'
import { peekOutcome } from '../workflow/context'
import { isWorkflowRefusal, WorkflowRefusal } from '../workflow/refusal'
import { takeWorkflowAction } from '../workflow/takeAction'

/** From each state a citation that was never live (or was taken down) can be in, the way to "in review". */
const STEPS_TO_REVIEW: Partial<Record<WorkflowState, WorkflowAction[]>> = {
  draft: ['submit'],
  changes_requested: ['resubmit'],
  unpublished: ['reopen', 'submit'],
  archived: ['reopen', 'submit'],
}

type CitationRow = Pick<Citation, 'id' | 'label' | '_status' | 'workflowState'>

/**
 * A citation's printed text is reviewed like everything else visitors read (issue 14), but a new
 * paper is reviewed where it is read: with the article that cites it. So approving an article
 * approves the citations it brings that were never live, as the same reviewer (four eyes
 * included: a reviewer who edited a citation cannot approve it), and publishing the article
 * publishes those approved citations with it, in the same transaction. A correction to a citation
 * that is already live waits for its own review and publishing (Citations' workflow panel), so
 * an article's approval never carries a change to text other articles print.
 */
export const carryCitationsAlong: CollectionAfterChangeHook<Article> = async ({ doc, operation, req }) => {
  const events = peekOutcome(req, 'articles', doc.id, operation)?.events ?? []
  const approval = events.find((event) => event.kind === 'approve' || event.kind === 'override_approve')
  const published = events.some((event) => event.kind === 'publish')
  if (!approval && !published) return doc
  const cited = await citedPapers(req, doc)
  const title = doc.title
  if (approval) {
    for (const citation of cited.filter(
      (row) => row._status !== 'published' && row.workflowState !== 'approved' && row.workflowState !== 'published',
    )) {
      await approveWithArticle(req, citation, approval.kind as 'approve' | 'override_approve', title, approval.comment)
    }
  }
  if (published) {
    for (const citation of cited.filter((row) => row._status !== 'published' && row.workflowState === 'approved')) {
      await takeWorkflowAction(
        req.payload,
        {
          kind: 'transition',
          action: 'publish',
          collection: 'citations',
          documentId: citation.id,
          comment: `Published with the article “${title}”.`,
        },
        { req },
      )
    }
  }
  return doc
}

async function citedPapers(req: PayloadRequest, doc: Article): Promise<CitationRow[]> {
  const ids = (doc.citations ?? [])
    .map((entry) => (typeof entry === 'object' && entry ? entry.id : entry))
    .filter((id): id is number => typeof id === 'number')
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'citations',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { label: true, _status: true, workflowState: true },
    req,
  })
  return docs as CitationRow[]
}

async function approveWithArticle(
  req: PayloadRequest,
  citation: CitationRow,
  action: 'approve' | 'override_approve',
  articleTitle: string,
  articleComment: string | null | undefined,
): Promise<void> {
  // Approving needs a citation in review; sending it there is the system's part of this approval.
  for (const step of STEPS_TO_REVIEW[citation.workflowState ?? 'draft'] ?? []) {
    await takeWorkflowAction(
      req.payload,
      {
        kind: 'transition',
        action: step,
        collection: 'citations',
        documentId: citation.id,
        comment: `Sent for review with the article “${articleTitle}”.`,
      },
      { req: asSystem(req) },
    )
  }
  const comment =
    action === 'override_approve'
      ? `Approved by override with the article “${articleTitle}”: ${articleComment ?? ''}`.trim()
      : `Approved with the article “${articleTitle}”.`
  try {
    await takeWorkflowAction(
      req.payload,
      { kind: 'transition', action, collection: 'citations', documentId: citation.id, comment },
      { req },
    )
  } catch (error) {
    if (!isWorkflowRefusal(error)) throw error
    const who = actorFor(req).name
    throw new WorkflowRefusal(
      `The article cites “${citation.label ?? `citation ${citation.id}`}”, which ${who} cannot approve: ${error.message}`,
      error.kind,
    )
  }
}
