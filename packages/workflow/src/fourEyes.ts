/**
 * Four eyes: whoever signs off a text medically must not have written it. The author never
 * approves their own article, and nobody approves a version they edited since the last review,
 * whatever roles they hold (an editor who is also a medical reviewer included).
 */
export interface SignOffRequest {
  /** The user approving. */
  approverId: number | string
  /** The content's author, when it has one. */
  authorId?: number | string | null
  /** Everyone who changed the reviewed content since the last review. */
  contributorIds: readonly (number | string)[]
}

/** Why this user may not approve this version, as a sentence, or null when they may. */
export function fourEyesRefusal({ approverId, authorId, contributorIds }: SignOffRequest): string | null {
  const same = (id: number | string | null | undefined) => id !== null && id !== undefined && String(id) === String(approverId)
  if (same(authorId)) return 'You are the author, so another medical reviewer must approve it.'
  if (contributorIds.some(same)) return 'You edited this version since its last review, so another medical reviewer must approve it.'
  return null
}
