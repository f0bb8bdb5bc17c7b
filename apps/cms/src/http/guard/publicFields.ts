/**
 * What public callers (anonymous, API keys, marketing) may filter, sort and select on, per
 * collection: the fields the site and the Content API document. Anything else — the author's
 * account (`author.sessions`, `author.hash`), join fields that would reveal which drafts exist
 * (`conditions.relatedArticles`), internal collections — is refused with 400 before Payload runs
 * the query, because Payload's field access does not cover paths through relationships.
 *
 * `where` paths may go one hop through a relationship to the listed fields of the related
 * collection (`conditions.slug`).
 */
export interface PublicFields {
  /** Fields usable in `where` and `sort`. */
  query: readonly string[]
  /** Relationship fields and the collection they point to, for one-hop paths. */
  relations?: Readonly<Record<string, string>>
  /** Fields usable in `select` (true or false). */
  select: readonly string[]
}

const TIMESTAMPS = ['id', 'createdAt', 'updatedAt'] as const

export const PUBLIC_FIELDS: Readonly<Record<string, PublicFields>> = {
  articles: {
    query: [
      ...TIMESTAMPS,
      'title',
      'slug',
      'type',
      'excerpt',
      'publishedAt',
      'conditions',
      'citations',
      'disclaimers',
      'heroImage',
      'reviewerProfile',
      '_status',
    ],
    relations: {
      conditions: 'conditions',
      citations: 'citations',
      disclaimers: 'disclaimers',
      heroImage: 'media',
      reviewerProfile: 'reviewer-profiles',
    },
    select: [
      'title',
      'slug',
      'type',
      'excerpt',
      'meta',
      'heroImage',
      'body',
      'citations',
      'conditions',
      'disclaimers',
      'reviewerName',
      'reviewedAt',
      'reviewerProfile',
      'publishedAt',
      'createdAt',
      'updatedAt',
    ],
  },
  conditions: {
    query: [...TIMESTAMPS, 'name', 'slug', 'category'],
    // relatedArticles (a join) may be left out of a response, never queried.
    select: ['name', 'slug', 'category', 'aliases', 'summary', 'meta', 'body', 'relatedArticles', 'createdAt', 'updatedAt'],
  },
  citations: {
    query: [...TIMESTAMPS, 'title', 'journal', 'year', 'doi', 'pmid', 'pmcid', 'label'],
    select: [
      'label',
      'formatted',
      'authors',
      'title',
      'journal',
      'year',
      'month',
      'day',
      'epubDate',
      'volume',
      'issue',
      'pages',
      'doi',
      'pmid',
      'pmcid',
      'url',
      'createdAt',
      'updatedAt',
    ],
  },
  disclaimers: {
    query: [...TIMESTAMPS, 'title', 'scope', 'conditions', 'articleTypes', 'active', 'effectiveDate'],
    relations: { conditions: 'conditions' },
    select: ['title', 'body', 'scope', 'conditions', 'articleTypes', 'active', 'effectiveDate', 'createdAt', 'updatedAt'],
  },
  'reviewer-profiles': {
    // Never `user`: which staff account is behind a profile is not public.
    query: [...TIMESTAMPS, 'displayName', 'slug', 'specialty'],
    relations: { photo: 'media' },
    select: ['displayName', 'slug', 'credentials', 'specialty', 'bio', 'photo', 'createdAt', 'updatedAt'],
  },
  media: {
    query: [...TIMESTAMPS, 'alt', 'filename', 'mimeType'],
    select: [
      'alt',
      'caption',
      'url',
      'thumbnailURL',
      'filename',
      'mimeType',
      'filesize',
      'width',
      'height',
      'focalX',
      'focalY',
      'sizes',
      'createdAt',
      'updatedAt',
    ],
  },
  redirects: {
    // The site looks an unknown address up by `from`; the target comes populated (depth 1).
    query: [...TIMESTAMPS, 'from'],
    select: ['from', 'toType', 'toArticle', 'toCondition', 'toPath', 'createdAt', 'updatedAt'],
  },
  'site-settings': {
    query: [],
    select: ['clinicName', 'tagline', 'phone', 'email', 'address', 'callToAction'],
  },
}

/** Whether a public caller may use `path` (dotted) in a `where` or `sort` on `collection`. */
export function isPublicQueryPath(collection: string, path: string): boolean {
  const fields = PUBLIC_FIELDS[collection]
  if (!fields) return false
  const [head, ...rest] = path.split('.')
  if (!head || !fields.query.includes(head)) return false
  if (rest.length === 0) return true
  const related = fields.relations?.[head]
  if (!related || rest.length !== 1) return false
  return PUBLIC_FIELDS[related]?.query.includes(rest[0]!) ?? false
}
