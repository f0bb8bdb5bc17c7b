import type { Article, Citation, Condition, Disclaimer } from '@clinic/shared-types'

import { lexicalDocument, paragraph } from '@clinic/rich-text'

const timestamps = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' }

export const nurownCitation: Citation = {
  id: 11,
  label: 'Berry JD et al., Neurology 2019',
  authors: [
    'Berry JD',
    'Cudkowicz ME',
    'Windebank AJ',
    'Staff NP',
    'Owegi M',
    'Nicholson K',
    'McKenna-Yasek D',
    'Levy YS',
    'Abramov N',
    'Kaspi H',
    'Mehra M',
    'Aricha R',
    'Gothelf Y',
    'Brown RH',
  ].map((name) => ({ name })),
  title: 'NurOwn, phase 2, randomized, clinical trial in patients with ALS: Safety, clinical, and biomarker results',
  journal: 'Neurology',
  year: 2019,
  month: 12,
  day: 10,
  volume: '93',
  issue: '24',
  pages: 'e2294-e2305',
  doi: '10.1212/wnl.0000000000008620',
  pmid: '31740545',
  pmcid: 'PMC6937497',
  ...timestamps,
}

export const kneeCitation: Citation = {
  id: 12,
  authors: [{ name: 'Vega A' }, { name: 'Martín-Ferrero MA' }],
  title: 'Treatment of Knee Osteoarthritis With Allogeneic Bone Marrow Mesenchymal Stem Cells: A Randomized Controlled Trial',
  journal: 'Transplantation',
  year: 2015,
  month: 8,
  volume: '99',
  issue: '8',
  pages: '1681-90',
  doi: '10.1097/tp.0000000000000678',
  pmid: '25822648',
  ...timestamps,
}

export function condition(id: number, name: string, slug: string): Condition {
  return { id, name, slug, category: 'neurological', ...timestamps }
}

export const als = condition(1, 'Amyotrophic lateral sclerosis (ALS)', 'als')
export const stroke = condition(2, 'Stroke', 'stroke')

export function disclaimer(overrides: Partial<Disclaimer> & Pick<Disclaimer, 'id' | 'scope'>): Disclaimer {
  return {
    title: `Disclaimer ${overrides.id}`,
    body: lexicalDocument([paragraph(`Body of disclaimer ${overrides.id}.`)]),
    active: true,
    ...timestamps,
    ...overrides,
  }
}

export function article(overrides: Partial<Article> = {}): Article {
  return {
    id: 100,
    title: 'A phase 2 trial of NurOwn cells in ALS',
    type: 'research-summary',
    slug: 'nurown-als',
    excerpt: 'Researchers tested cells grown from each patient’s own bone marrow.',
    body: lexicalDocument([paragraph('Amyotrophic lateral sclerosis gradually weakens the muscles.')]),
    citations: [nurownCitation],
    conditions: [als],
    publishedAt: '2025-03-04T10:00:00.000Z',
    _status: 'published',
    ...timestamps,
    ...overrides,
  }
}
