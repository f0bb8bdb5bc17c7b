import { type CollectionBeforeValidateHook, type PayloadRequest, ValidationError, type Where } from 'payload'

import { articlePath, conditionPath, documentPageOf, normalizeRedirectPath } from '../paths'

type TargetField = 'toArticle' | 'toCondition' | 'toPath'

interface RedirectData {
  from?: string | null
  toType?: 'article' | 'condition' | 'path' | null
  toArticle?: number | { id: number } | null
  toCondition?: number | { id: number } | null
  toPath?: string | null
}

const idOf = (value: RedirectData['toArticle']) => (value && typeof value === 'object' ? value.id : (value ?? null))

/**
 * Normalises both paths, then refuses what would send a visitor round in circles or through
 * several hops: a redirect to its own address (a loop), a target that is itself redirected, or an
 * address another redirect already leads to (a chain). Each refusal is a 400 naming the field.
 */
export const validateRedirect: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged: RedirectData = { ...(originalDoc as RedirectData | undefined), ...(data as RedirectData) }
  const refuse = (path: string, message: string): never => {
    throw new ValidationError({ collection: 'redirects', errors: [{ path, message }], req }, req.t)
  }

  if (typeof data.from === 'string') {
    const from = normalizeRedirectPath(data.from)
    if (!from) refuse('from', 'Give the old address as a path (/old-page) or a full URL.')
    if (from === '/') refuse('from', 'The home page cannot be redirected.')
    data.from = from
    merged.from = from
  }
  if (typeof data.toPath === 'string' && data.toPath.trim()) {
    const toPath = normalizeRedirectPath(data.toPath)
    if (!toPath) refuse('toPath', 'Give the new address as a path on this site, e.g. /research.')
    // A page named by path could be a draft or be renamed later; by reference it is neither.
    if (documentPageOf(toPath!))
      refuse('toPath', 'This is an article’s or a condition’s page: choose it as the article or condition instead.')
    data.toPath = toPath
    merged.toPath = toPath
  }

  const field: TargetField | undefined =
    merged.toType === 'article'
      ? 'toArticle'
      : merged.toType === 'condition'
        ? 'toCondition'
        : merged.toType === 'path'
          ? 'toPath'
          : undefined
  if (!field || !merged.from) return data // required fields report themselves
  const target = await targetPathOf(merged, req)
  if (target === undefined) refuse(field, 'Choose where this address should lead.')
  if (target === null) refuse(field, 'This target does not exist.')
  if (target === merged.from) refuse(field, 'A redirect cannot lead to its own address (a loop).')

  const others = originalDoc && typeof originalDoc.id === 'number' ? { id: { not_equals: originalDoc.id } } : undefined
  const onward = await req.payload.find({
    collection: 'redirects',
    where: { and: [{ from: { equals: target } }, ...(others ? [others] : [])] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (onward.docs.length) refuse(field, `The target ${target} is itself redirected: point to its final address instead (no chains).`)

  const leadingHere = await redirectsLeadingTo(merged.from!, req)
  if (leadingHere.some((id) => id !== originalDoc?.id)) {
    refuse('from', `Another redirect already leads to ${merged.from}: redirecting it again would make a chain.`)
  }
  return data
}

/** The site path a redirect leads to; undefined when no target is chosen, null when it is gone. */
async function targetPathOf(redirect: RedirectData, req: PayloadRequest): Promise<string | null | undefined> {
  if (redirect.toType === 'path') return redirect.toPath || undefined
  const collection = redirect.toType === 'article' ? 'articles' : 'conditions'
  const id = idOf(redirect.toType === 'article' ? redirect.toArticle : redirect.toCondition)
  if (id === null) return undefined
  const found = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    select: { slug: true },
    overrideAccess: true,
    req,
  })
  const slug = found.docs[0]?.slug
  if (!slug) return null
  return collection === 'articles' ? articlePath(slug) : conditionPath(slug)
}

/** Ids of the redirects whose target is the page at `path`. */
async function redirectsLeadingTo(path: string, req: PayloadRequest): Promise<number[]> {
  const page = documentPageOf(path)
  let where: Where
  if (page) {
    const { docs } = await req.payload.find({
      collection: page.collection,
      where: { slug: { equals: page.slug } },
      limit: 1,
      depth: 0,
      select: { slug: true },
      overrideAccess: true,
      req,
    })
    if (!docs[0]) return []
    where = page.collection === 'articles' ? { toArticle: { equals: docs[0].id } } : { toCondition: { equals: docs[0].id } }
  } else {
    where = { toPath: { equals: path } }
  }
  const { docs } = await req.payload.find({ collection: 'redirects', where, limit: 10, depth: 0, overrideAccess: true, req })
  return docs.map((doc) => doc.id)
}
