import type pg from 'pg'

/** The three published reads the site makes, as paths for the CMS and for the floor. */
export type ScenarioName = 'list' | 'by slug' | 'search' | 'patient search'
export const SCENARIOS: readonly ScenarioName[] = ['list', 'by slug', 'search', 'patient search']

export interface Scenario {
  name: ScenarioName
  /** Requests rotate over these paths, so a run reads many articles and queries, not one hot row. */
  cmsPaths: string[]
  floorPaths: string[]
}

/**
 * Library queries by how many articles match: two topics in about 30% of the library (the costly
 * case for ranking and counting), some in a few percent, and rare ones, in the websearch syntax
 * visitors type (phrases, `or`, `-`).
 */
export const SEARCH_QUERIES: readonly string[] = [
  'mesenchymal stem cells',
  'inflammation',
  'platelet-rich plasma knee',
  'cartilage regeneration',
  '"randomized controlled trial" placebo',
  'tendinopathy or meniscus',
  'exosomes',
  'multiple sclerosis remyelination',
  'spinal cord injury -placebo',
  'graft-versus-host disease',
  'neuroprotection parkinson',
  'umbilical cord copd',
]

/**
 * How patients type (issue 21): misspellings, one of a word in a third of the library, and condition
 * aliases and abbreviations (benchmarks/src/generate/vocabulary.ts gives the conditions their aliases).
 * The CMS corrects and expands them; the floor answers the words exactly as typed (mostly nothing),
 * so only the CMS's figures mean anything here.
 */
export const PATIENT_SEARCH_QUERIES: readonly string[] = [
  'inflamation',
  'parkinsns',
  'fibrossis',
  'mesenchymal stem cels',
  'osteoarthritus knee',
  'spinalcord injury',
  'knee arthritis',
  "Lou Gehrig's disease",
  'MS',
  'TBI',
  'lung scarring',
  'MSC',
]

// The site's article cards ask for exactly these fields (apps/web/app/cms/queries.ts SUMMARY_FIELDS).
const SUMMARY_SELECT = ['title', 'slug', 'type', 'excerpt', 'publishedAt', 'conditions'].map((field) => `select[${field}]=true`).join('&')
export const CMS_LIST_PATH = `/api/articles?where[_status][equals]=published&${SUMMARY_SELECT}&sort=-publishedAt&limit=12&depth=1`
export const cmsArticlePath = (slug: string) => `/api/articles?where[slug][equals]=${encodeURIComponent(slug)}&limit=1&depth=1`
export const cmsSearchPath = (q: string) => `/api/articles/search?q=${encodeURIComponent(q)}&limit=10`

/** Published slugs spread over the whole table (hashed order, so every run picks the same ones). */
export async function sampleSlugs(db: pg.ClientBase, count: number): Promise<string[]> {
  const { rows } = await db.query<{ slug: string }>(`select slug from articles where _status = 'published' order by md5(slug) limit $1`, [
    count,
  ])
  return rows.map((row) => row.slug)
}

export function scenariosFor(slugs: string[]): Scenario[] {
  return [
    { name: 'list', cmsPaths: [CMS_LIST_PATH], floorPaths: ['/articles?page=1'] },
    {
      name: 'by slug',
      cmsPaths: slugs.map(cmsArticlePath),
      floorPaths: slugs.map((slug) => `/articles/by-slug?slug=${encodeURIComponent(slug)}`),
    },
    {
      name: 'search',
      cmsPaths: SEARCH_QUERIES.map(cmsSearchPath),
      floorPaths: SEARCH_QUERIES.map((q) => `/articles/search?q=${encodeURIComponent(q)}`),
    },
    {
      name: 'patient search',
      cmsPaths: PATIENT_SEARCH_QUERIES.map(cmsSearchPath),
      floorPaths: PATIENT_SEARCH_QUERIES.map((q) => `/articles/search?q=${encodeURIComponent(q)}`),
    },
  ]
}
