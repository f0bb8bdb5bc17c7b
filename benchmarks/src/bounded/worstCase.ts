/**
 * The heaviest reads an anonymous caller may still send (issue 15): each at the public limits of
 * apps/cms/src/http/guard/limits.ts — ten `or` conditions (the cap) over a relationship path (one
 * hop, the cap) with `like`, the deepest population (depth 3), the largest page, a deep offset —
 * and each a URL nobody asked before (`{n}`), so the response cache never answers it.
 */
// Values are plain letters and digits, so they need no encoding and `{n}` stays visible to the worker.
const orOver = (path: string, operator: string, values: (i: number) => string) =>
  Array.from({ length: 10 }, (_, i) => `where[or][${i}][${path}][${operator}]=${values(i)}`).join('&')

export const WORST_CASE_PATHS: readonly string[] = [
  // Ten substring matches through the conditions relationship, fully populated.
  `/api/articles?${orOver('conditions.slug', 'like', (i) => `${'aeiou'[i % 5]}{n}`)}&depth=3&limit=100`,
  // Ten substring matches on the excerpt (no index can help), sorted by title.
  `/api/articles?${orOver('excerpt', 'like', (i) => `cell${i}-{n}`)}&sort=title&depth=1&limit=100`,
  // A deep page of the published list, ordered on two fields.
  `/api/articles?where[_status][equals]=published&where[title][not_equals]=x{n}&sort=-publishedAt,title&page=80&limit=100&depth=2`,
  // A long library search in the syntax visitors type.
  `/api/articles/search?q=${encodeURIComponent('stem cells or platelet or cartilage or "randomized trial" -placebo knee ')}{n}&limit=50`,
]
