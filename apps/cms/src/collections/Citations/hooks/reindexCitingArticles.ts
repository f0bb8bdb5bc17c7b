import type { CollectionAfterChangeHook } from 'payload'

import type { Citation } from '@clinic/shared-types'

import { articlesCiting, reindexArticles } from '../../Articles/search/reindexArticles'

function authorNames(citation: Partial<Citation> | undefined): string {
  return (citation?.authors ?? []).map((author) => author.name).join('\n')
}

/**
 * Articles are found by their cited papers' titles and authors, so correcting a citation must
 * re-index the articles that cite it. The index reads the live row, so a correction counts when it
 * is published (its draft saves change nothing visitors find); nothing else on a citation is
 * searched, so other edits of a paper that isn't live skip it.
 */
export const reindexCitingArticles: CollectionAfterChangeHook<Citation> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const searchedTextChanged = doc.title !== previousDoc?.title || authorNames(doc) !== authorNames(previousDoc)
  if (!searchedTextChanged && doc._status !== 'published') return doc
  await reindexArticles(req, await articlesCiting(req, doc.id))
  return doc
}
