/**
 * The research library's search: `?q=&condition=&type=&page=&limit=`. The site keeps it in its
 * URLs and the CMS answers it (GET /api/articles/search); both read it within these limits.
 */
export const LIBRARY_SEARCH_LIMITS = {
  /** Characters of `q`, after trimming. */
  maxQueryLength: 200,
  /** Far beyond any real reader; keeps OFFSET (which PostgreSQL walks row by row) bounded. */
  maxPage: 1000,
  /** Results per page when `limit` is not given: the site's library page size. */
  defaultLimit: 10,
  maxLimit: 50,
} as const
