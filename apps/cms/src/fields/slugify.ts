/**
 * "Parkinson’s Disease & MSCs" → "parkinsons-disease-mscs": the clinic's slugs (fields/slug.ts),
 * also made by the importer and the benchmarks' generated articles. Imports nothing, so the
 * benchmarks can use it without the CMS's types.
 */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
}
