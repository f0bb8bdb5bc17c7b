/**
 * What a medical reviewer signs off: an approval covers exactly these fields. Changing any of
 * them sends approved content back to review and turns a published article's edit into a new
 * working draft. The SEO title and description are content: search results and shared links show
 * them. Slug, author and publication date are not content, but changing them on approved or live
 * content is a publisher's act (hooks/enforceWorkflow); the workflow's own fields are not content.
 */
export const ARTICLE_REVIEWED_FIELDS = [
  'title',
  'type',
  'excerpt',
  'meta',
  'heroImage',
  'body',
  'citations',
  'conditions',
  'disclaimers',
] as const

export const ARTICLE_RELATION_FIELDS: ReadonlySet<string> = new Set(['heroImage', 'citations', 'conditions', 'disclaimers'])

/** A relationship value as stored or sent (id, populated doc, or nothing) reduced to its id. */
function relationId(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') {
    const record = value as { id?: unknown; value?: unknown }
    return relationId(record.id ?? record.value)
  }
  return String(value)
}

/**
 * A value in a form that compares equal however it travelled: keys sorted, empty values
 * (null, undefined, '') dropped, relationships reduced to ids. Rich text is compared as its
 * Lexical JSON, so formatting and links count as content too.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== null && entry !== undefined && entry !== '')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, entry]) => [key, canonical(entry)] as const)
    return Object.fromEntries(entries)
  }
  return value
}

export function canonicalContent(field: string, value: unknown, relationFields: ReadonlySet<string> = ARTICLE_RELATION_FIELDS): string {
  if (value === null || value === undefined || value === '') return relationFields.has(field) ? '[]' : 'null'
  if (relationFields.has(field)) {
    const ids = (Array.isArray(value) ? value : [value]).map(relationId).filter((id) => id !== null)
    return JSON.stringify(ids)
  }
  if (typeof value === 'string') {
    // Lexical state may arrive serialised.
    try {
      const parsed: unknown = JSON.parse(value)
      if (parsed && typeof parsed === 'object') return JSON.stringify(canonical(parsed))
    } catch {
      // plain text
    }
    return JSON.stringify(value)
  }
  return JSON.stringify(canonical(value) ?? null)
}

/** The reviewed fields whose content differs between two versions (an article's, unless told otherwise). */
export function changedReviewedFields(
  next: Record<string, unknown>,
  previous: Record<string, unknown>,
  kind: { reviewedFields: readonly string[]; relationFields: ReadonlySet<string> } = {
    reviewedFields: ARTICLE_REVIEWED_FIELDS,
    relationFields: ARTICLE_RELATION_FIELDS,
  },
): string[] {
  return kind.reviewedFields.filter((field) => {
    if (!(field in next)) return false
    return canonicalContent(field, next[field], kind.relationFields) !== canonicalContent(field, previous[field], kind.relationFields)
  })
}
