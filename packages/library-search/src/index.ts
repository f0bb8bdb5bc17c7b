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
  /**
   * Matches a search with words counts exactly, and the most it ranks. Beyond it the answer says
   * `totalDocs` = this with `totalDocsIsLowerBound: true` ("more than 1,000"), and only these
   * candidates are served, so pages stop at `countedMatches / limit`: counting and ranking every
   * match of a word in a third of the library cost hundreds of milliseconds at 100,000 articles.
   */
  countedMatches: 1000,
} as const
