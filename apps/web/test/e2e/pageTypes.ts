/** One page of every type the site renders (404 included), with the status it answers: what the validators check. */
export const PAGE_TYPES = [
  ['home', '/', 200],
  ['research-list', '/research', 200],
  ['article', '/research/a-phase-2-trial-of-nurown-cells-in-als', 200],
  ['conditions', '/conditions', 200],
  ['condition', '/conditions/spinal-cord-injury', 200],
  ['information-packet', '/information-packet', 200],
  ['newsletter', '/newsletter', 200],
  ['not-found', '/no-such-page', 404],
  ['search-results', '/research?q=stem', 200],
  ['reviewer', '/reviewers/dr-elena-marsh', 200],
] as const
