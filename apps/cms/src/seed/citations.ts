/** Real papers, cited as PubMed lists them. */
export const DEMO_CITATIONS = {
  nurownAls: {
    authors: ['Berry JD', 'Cudkowicz ME', 'Windebank AJ', 'Staff NP', 'Owegi M', 'Nicholson K', 'McKenna-Yasek D', 'Levy YS', 'Abramov N', 'Kaspi H', 'Mehra M', 'Aricha R', 'Gothelf Y', 'Brown RH'],
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
  },
  kneeOaAllogeneic: {
    authors: ['Vega A', 'Martín-Ferrero MA', 'Del Canto F', 'Alberca M', 'García V', 'Munar A', 'Orozco L', 'Soler R', 'Fuertes JJ', 'Huguet M', 'Sánchez A', 'García-Sancho J'],
    title: 'Treatment of Knee Osteoarthritis With Allogeneic Bone Marrow Mesenchymal Stem Cells: A Randomized Controlled Trial',
    journal: 'Transplantation',
    year: 2015,
    month: 8,
    volume: '99',
    issue: '8',
    pages: '1681-90',
    doi: '10.1097/tp.0000000000000678',
    pmid: '25822648',
  },
  strokeMsc: {
    authors: ['Levy ML', 'Crawford JR', 'Dib N', 'Verkh L', 'Tankovich N', 'Cramer SC'],
    title: 'Phase I/II Study of Safety and Preliminary Efficacy of Intravenous Allogeneic Mesenchymal Stem Cells in Chronic Stroke',
    journal: 'Stroke',
    year: 2019,
    month: 10,
    volume: '50',
    issue: '10',
    pages: '2835-2841',
    doi: '10.1161/strokeaha.119.026318',
    pmid: '31495331',
  },
} as const

export type DemoCitationKey = keyof typeof DEMO_CITATIONS
