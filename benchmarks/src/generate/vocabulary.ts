/**
 * The words the generated library is written in. Each topic has the share of articles it appears
 * in, so searches have realistic match sets: a few topics are in about a third of the library
 * (the worst case for ranking), most in a few percent, some in well under one percent.
 */
export interface Topic {
  phrase: string
  /** Share of articles that mention it. */
  share: number
}

export const TOPICS: readonly Topic[] = [
  { phrase: 'mesenchymal stem cells', share: 0.3 },
  { phrase: 'inflammation', share: 0.3 },
  { phrase: 'randomized controlled trial', share: 0.22 },
  { phrase: 'placebo', share: 0.18 },
  { phrase: 'autologous', share: 0.15 },
  { phrase: 'platelet-rich plasma', share: 0.12 },
  { phrase: 'cytokines', share: 0.1 },
  { phrase: 'cartilage regeneration', share: 0.08 },
  { phrase: 'adipose-derived cells', share: 0.06 },
  { phrase: 'umbilical cord tissue', share: 0.05 },
  { phrase: 'bone marrow aspirate', share: 0.04 },
  { phrase: 'neuroprotection', share: 0.03 },
  { phrase: 'chondrocytes', share: 0.03 },
  { phrase: 'tendinopathy', share: 0.02 },
  { phrase: 'spinal cord injury', share: 0.02 },
  { phrase: 'remyelination', share: 0.015 },
  { phrase: 'exosomes', share: 0.01 },
  { phrase: 'meniscus repair', share: 0.01 },
  { phrase: 'perianal fistula', share: 0.004 },
  { phrase: 'graft-versus-host disease', share: 0.003 },
]

export interface ConditionSeed {
  name: string
  /** What patients also call it (the CMS's condition aliases). */
  aliases?: readonly string[]
  category: 'neurological' | 'autoimmune' | 'orthopaedic' | 'pulmonary' | 'other'
}

/** Twenty conditions, as a clinic's library would have; each article names one to three. */
export const CONDITIONS: readonly ConditionSeed[] = [
  { name: 'Knee Osteoarthritis', aliases: ['knee arthritis', 'knee OA'], category: 'orthopaedic' },
  { name: 'Hip Osteoarthritis', aliases: ['hip arthritis', 'hip OA'], category: 'orthopaedic' },
  { name: 'Rotator Cuff Tear', category: 'orthopaedic' },
  { name: 'Degenerative Disc Disease', aliases: ['DDD', 'slipped disc'], category: 'orthopaedic' },
  { name: 'Achilles Tendinopathy', category: 'orthopaedic' },
  { name: 'Multiple Sclerosis', aliases: ['MS'], category: 'neurological' },
  { name: "Parkinson's Disease", aliases: ["Parkinson's", 'PD'], category: 'neurological' },
  { name: 'Amyotrophic Lateral Sclerosis', aliases: ['ALS', "Lou Gehrig's disease", 'motor neurone disease'], category: 'neurological' },
  { name: 'Ischemic Stroke', aliases: ['stroke', 'brain attack'], category: 'neurological' },
  { name: 'Traumatic Brain Injury', aliases: ['TBI', 'brain injury', 'concussion'], category: 'neurological' },
  { name: 'Rheumatoid Arthritis', aliases: ['RA'], category: 'autoimmune' },
  { name: 'Systemic Lupus Erythematosus', aliases: ['lupus', 'SLE'], category: 'autoimmune' },
  { name: "Crohn's Disease", aliases: ['Crohns'], category: 'autoimmune' },
  { name: 'Type 1 Diabetes', category: 'autoimmune' },
  { name: 'Psoriatic Arthritis', category: 'autoimmune' },
  { name: 'COPD', aliases: ['chronic obstructive pulmonary disease', 'emphysema'], category: 'pulmonary' },
  { name: 'Idiopathic Pulmonary Fibrosis', aliases: ['IPF', 'lung scarring', 'pulmonary fibrosis'], category: 'pulmonary' },
  { name: 'Long COVID', category: 'pulmonary' },
  { name: 'Erectile Dysfunction', category: 'other' },
  { name: 'Chronic Low Back Pain', category: 'other' },
]

export const JOURNALS: readonly string[] = [
  'Stem Cell Res Ther',
  'Cytotherapy',
  'Am J Sports Med',
  'Osteoarthritis Cartilage',
  'Lancet Neurol',
  'Mult Scler',
  'Front Immunol',
  'Cell Transplant',
  'Stem Cells Transl Med',
  'J Orthop Res',
  'Arthroscopy',
  'Neurology',
  'Ann Rheum Dis',
  'Eur Respir J',
  'Regen Med',
]

export const SURNAMES: readonly string[] = [
  'Smith',
  'Garcia',
  'Chen',
  'Müller',
  'Rossi',
  'Nakamura',
  'Kowalski',
  'Okafor',
  'Hansen',
  'Dubois',
  'Silva',
  'Kim',
  'Novak',
  'Ahmed',
  'Petrov',
  'Jensen',
  'Lopez',
  'Wang',
  'Bianchi',
  'Murphy',
  'Schmidt',
  'Tanaka',
  'Nguyen',
  'Haddad',
  'Fischer',
  'Costa',
  'Larsen',
  'Ivanova',
  'Park',
  'Moreau',
]

export const INTERVENTIONS: readonly string[] = [
  'Intra-articular injection',
  'Intrathecal administration',
  'Intravenous infusion',
  'Arthroscopic implantation',
  'Ultrasound-guided injection',
  'Combined cell therapy',
]

export const DESIGNS: readonly string[] = [
  'a phase 2 trial',
  'a randomised pilot study',
  'a systematic review',
  'a meta-analysis',
  'a prospective cohort',
  'a two-year follow-up',
]

export const OUTCOMES: readonly string[] = [
  'pain scores',
  'joint function',
  'walking distance',
  'disability scores',
  'lung function',
  'quality of life',
  'relapse rate',
  'imaging findings',
]

export const LIFESTYLE_THEMES: readonly string[] = [
  'Sleep',
  'Anti-inflammatory diet',
  'Strength training',
  'Walking',
  'Stress management',
  'Weight management',
  'Hydration',
]

/** Plain words every medical article uses; they make bodies read like prose without skewing search. */
export const FILLER_SENTENCES: readonly string[] = [
  'Patients were followed at regular visits and asked to report any side effects.',
  'The authors caution that the number of participants was small.',
  'Most adverse events were mild and resolved within a few days.',
  'Longer follow-up is needed before firm conclusions can be drawn.',
  'The results should be read alongside the study limitations described below.',
  'Participants continued their usual care during the study period.',
  'Outcomes were assessed by clinicians who did not know which treatment was given.',
  'These findings are consistent with earlier laboratory work.',
  'No serious safety concerns were reported in either group.',
  'Researchers measured outcomes at baseline, three months and twelve months.',
  'Your doctor can explain whether this approach is suitable for you.',
  'Evidence is still emerging, and individual responses vary widely.',
]
