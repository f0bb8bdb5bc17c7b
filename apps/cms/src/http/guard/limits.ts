/**
 * How much one REST request may ask of the CMS, by who is asking. Public callers (anonymous
 * visitors, marketing's API keys and marketing sessions) get what the site and the Content API
 * need with room to spare; staff get what the admin sends (list filters, relationship pickers).
 * Anything beyond is refused with 400/413 naming the limit, before Payload or PostgreSQL do any work.
 * The README's "Limits" table lists these values.
 */
export interface Limits {
  /** The whole URL, path and query string, in bytes. */
  urlBytes: number
  /** The query string, or a method-override (`X-Payload-HTTP-Method-Override: GET`) form body, in bytes. */
  queryBytes: number
  /** A request body of any type (JSON, form, multipart upload), in bytes. */
  bodyBytes: number
  /** Field conditions in one `where`, counted over every `and`/`or` branch. */
  conditions: number
  /** `and`/`or` nested inside one another. */
  nesting: number
  /** Relationship hops in one field path (`conditions.slug` is one). */
  hops: number
  /** Sort fields. */
  sortFields: number
  /** Relationship depth (`depth`). */
  depth: number
  /** Highest `page` (OFFSET grows with it). */
  page: number
  /** `joins[<field>][limit]`: a join may list at most this many documents; 0 (unlimited) is refused. */
  joinLimit: number
}

export type Tier = 'public' | 'staff'

/**
 * Collections a signed-in non-staff user works in (marketing handles leads: filters, bulk edits,
 * CSV export), where their own collection access decides and staff limits apply. Everywhere else
 * a marketing session reads published content like any public caller.
 */
const SIGNED_IN_WORK_PATHS = /^\/leads(\/|$)/

/** The limits tier for a caller kind on a path. */
export function tierFor(callerKind: 'anonymous' | 'api-key' | 'signed-in' | 'staff', apiPath: string | null): Tier {
  if (callerKind === 'staff') return 'staff'
  if (callerKind === 'signed-in' && apiPath !== null && SIGNED_IN_WORK_PATHS.test(apiPath)) return 'staff'
  return 'public'
}

export const LIMITS: Record<Tier, Limits> = {
  public: {
    urlBytes: 4096,
    queryBytes: 2048,
    bodyBytes: 16 * 1024,
    conditions: 10,
    nesting: 2,
    hops: 1,
    sortFields: 2,
    depth: 3,
    page: 1000,
    joinLimit: 0,
  },
  staff: {
    urlBytes: 16 * 1024,
    queryBytes: 16 * 1024,
    // Article bodies are rich text JSON; uploads go through multipart.
    bodyBytes: 25 * 1024 * 1024,
    conditions: 50,
    nesting: 4,
    hops: 3,
    sortFields: 4,
    depth: 3,
    page: 100_000,
    joinLimit: 100,
  },
}

/** Published collections and the one global visitors read. */
export const PUBLIC_READ_PARAMS = ['where', 'sort', 'select', 'depth', 'limit', 'page', 'draft', 'pagination', 'joins'] as const

/**
 * The parameters each public read path understands. A public caller sending any other is refused
 * (400), so the response cache can key on these alone and `&junk=<n>` cannot mint entries.
 */
export const PUBLIC_PATH_PARAMS: { path: RegExp; params: readonly string[] }[] = [
  { path: /^\/articles\/search$/, params: ['q', 'condition', 'type', 'page', 'limit'] },
  // Never cached (a preview token is a credential); listed so its own parameters are not refused.
  { path: /^\/(articles|conditions)\/preview$/, params: ['slug', 'token'] },
  { path: /^\/feeds\/research\.(xml|json)$/, params: ['condition'] },
  { path: /^\/sitemap\.xml$/, params: [] },
  { path: /^\/content-generation$/, params: [] },
  { path: /^\/globals\/site-settings$/, params: ['depth', 'select', 'draft'] },
  { path: /^\/(articles|citations|conditions|disclaimers|media|redirects|reviewer-profiles)(\/[^/]+)?$/, params: PUBLIC_READ_PARAMS },
]
