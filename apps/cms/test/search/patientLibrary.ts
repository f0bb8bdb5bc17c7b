import type { Payload } from 'payload'

import { createCondition, publishArticle } from './searchFixtures'

/** A small library as a clinic writes it: the words patients type are mostly not the ones used here. */
const CONDITIONS: Record<string, string[]> = {
  "Parkinson's disease": ["Parkinson's", 'PD'],
  'Amyotrophic lateral sclerosis': ["Lou Gehrig's disease", 'ALS', 'motor neurone disease'],
  'Multiple sclerosis': ['MS'],
  'Knee osteoarthritis': ['knee arthritis', 'knee OA'],
  'Traumatic brain injury': ['TBI', 'brain injury'],
  'Idiopathic pulmonary fibrosis': ['IPF', 'lung scarring', 'pulmonary fibrosis'],
  'Spinal cord injury': ['SCI'],
}

const ARTICLES = [
  {
    title: "Stem cells in Parkinson's disease: what early trials show",
    excerpt: 'Dopamine-producing cells grown in the laboratory were transplanted in small trials.',
    body: 'Researchers followed twelve patients for two years after surgery.',
    conditions: ["Parkinson's disease"],
  },
  {
    title: 'Idiopathic pulmonary fibrosis: mesenchymal stromal cells in a phase 1 trial',
    excerpt: 'Lung function stayed stable a year after two infusions.',
    body: 'Fibrosis of the lung is scarring that stiffens the tissue.',
    conditions: ['Idiopathic pulmonary fibrosis'],
  },
  {
    title: "Alzheimer's disease and cell therapy: a careful look",
    excerpt: 'Memory loss has no cell-based treatment yet; here is what trials test.',
    body: 'Amyloid plaques and tau tangles are the hallmarks researchers target.',
    conditions: [],
  },
  {
    title: 'A phase 2 trial of NurOwn cells in amyotrophic lateral sclerosis',
    excerpt: 'Neurotrophic factor secreting cells slowed decline in some participants.',
    body: 'Participants received three intrathecal doses.',
    conditions: ['Amyotrophic lateral sclerosis'],
  },
  {
    title: 'Mesenchymal stem cells for knee osteoarthritis: a randomized trial',
    excerpt: 'Pain and function improved more than with placebo over twelve months.',
    body: 'Cartilage volume was measured on magnetic resonance images.',
    conditions: ['Knee osteoarthritis'],
  },
  {
    title: 'Remyelination research in multiple sclerosis',
    excerpt: 'Repairing the myelin sheath is the next goal after calming inflammation.',
    body: 'Trials combine immune therapies with repair strategies.',
    conditions: ['Multiple sclerosis'],
  },
  {
    title: 'Recovery after a spinal cord injury: cell transplants',
    excerpt: 'Walking improved in a few participants of an early study.',
    body: 'Rehabilitation continued for a year after the transplant.',
    conditions: ['Spinal cord injury'],
  },
  {
    title: 'Stromal cells after a blow to the head',
    excerpt: 'An early safety study in adults months after their injury.',
    body: 'Cognition scores were recorded at baseline and at six months.',
    conditions: ['Traumatic brain injury'],
  },
  {
    title: 'Stem-cell tourism: questions to ask a clinic',
    excerpt: 'What to check before paying for an unproven treatment abroad.',
    body: 'Ask which trial registry lists the treatment.',
    conditions: [],
  },
  {
    title: 'Platelet-rich plasma for tendon pain',
    excerpt: 'Injections of concentrated platelets compared with physiotherapy alone.',
    body: 'Tendons heal slowly because they have little blood supply.',
    conditions: [],
  },
  {
    title: 'Sleep and recovery after knee surgery',
    excerpt: 'Rest helps healing; a plain guide for patients.',
    body: 'Pain at night is common in the first weeks.',
    conditions: [],
  },
] as const

/** The library above, published one day apart in its order (the newest last). */
export async function seedPatientLibrary(payload: Payload): Promise<void> {
  const conditionIds: Record<string, number> = {}
  for (const [name, aliases] of Object.entries(CONDITIONS)) conditionIds[name] = (await createCondition(payload, name, aliases)).id
  for (const [index, article] of ARTICLES.entries()) {
    await publishArticle(payload, {
      ...article,
      conditions: article.conditions.map((name) => conditionIds[name]!),
      publishedAt: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
    })
  }
}
