import type { ConditionCategory } from '../types'

/**
 * The conditions the clinic writes about, as data. Names and slugs follow the CMS's Conditions
 * collection (its seed uses "Spinal cord injury", "Amyotrophic lateral sclerosis (ALS)", "Knee
 * osteoarthritis", "Stroke"; slugs are made from names the same way), so the CMS can link a found
 * condition to an existing one by slug.
 *
 * - `patterns` count wherever they match: full names and abbreviations that mean nothing else in
 *   the site's texts. Written with word boundaries; case-insensitive for names, case-sensitive
 *   and whole-word (not next to a letter, digit or hyphen) for abbreviations.
 * - `abbreviations` are ambiguous ("MS", "PD", "AD", "OA", "RA"): they count only in a text that also
 *   spells the full name out (as a page does when it introduces the abbreviation), so "MS" in a
 *   text about something else, "AD-MSCs" (adipose-derived cells) or "PDF" never count.
 * - `broader`: the slug of the general condition this one narrows ("Knee osteoarthritis" →
 *   "osteoarthritis"). When a page names exactly one narrower condition, the general mentions
 *   ("OA", "osteoarthritis") count for it: "Knee osteoarthritis (OA) is… OA…".
 */
export interface KnownCondition {
  name: string
  slug: string
  category: ConditionCategory
  patterns: readonly RegExp[]
  abbreviations?: readonly RegExp[]
  broader?: string
}

/** An abbreviation as a whole word in capitals: not inside "PDF", "MSCs", "AD-MSCs" or "PD-1". */
const abbreviation = (letters: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}-])${letters}s?(?![\\p{L}\\p{N}-])`, 'u')

/** "Parkinson's", "Parkinson’s", "Parkinsons", "Parkinson disease"; not "Parkinsonism". */
const eponym = (name: string): RegExp => new RegExp(`\\b${name}(?:['’]s|s)?(?: disease)?(?![\\p{L}])`, 'iu')

export const KNOWN_CONDITIONS: readonly KnownCondition[] = [
  // Neurological
  {
    name: 'Spinal cord injury',
    slug: 'spinal-cord-injury',
    category: 'neurological',
    patterns: [/\bspinal[- ]cord injur(?:y|ies)\b/i],
    abbreviations: [abbreviation('SCI')],
  },
  {
    name: "Parkinson's disease",
    slug: 'parkinsons-disease',
    category: 'neurological',
    patterns: [eponym('Parkinson')],
    abbreviations: [abbreviation('PD')],
  },
  {
    name: "Alzheimer's disease",
    slug: 'alzheimers-disease',
    category: 'neurological',
    patterns: [eponym('Alzheimer')],
    abbreviations: [abbreviation('AD')],
  },
  {
    name: 'Amyotrophic lateral sclerosis (ALS)',
    slug: 'amyotrophic-lateral-sclerosis-als',
    category: 'neurological',
    patterns: [/\bamyotrophic lateral sclerosis\b/i, /\blou gehrig['’]?s disease\b/i, abbreviation('ALS')],
  },
  {
    name: 'Multiple sclerosis',
    slug: 'multiple-sclerosis',
    category: 'neurological',
    patterns: [/\bmultiple sclerosis\b/i],
    abbreviations: [abbreviation('MS')],
  },
  {
    name: 'Stroke',
    slug: 'stroke',
    category: 'neurological',
    // Not "heat stroke" (another illness) nor a "stroke of luck"; "sunstroke" has no word boundary.
    patterns: [/(?<!\bheat )\bstrokes?\b(?! of (?:luck|genius))/i, /\bcerebrovascular accidents?\b/i],
  },
  {
    name: 'Traumatic brain injury',
    slug: 'traumatic-brain-injury',
    category: 'neurological',
    patterns: [/\btraumatic brain injur(?:y|ies)\b/i, abbreviation('TBI')],
  },
  {
    name: 'Cerebral palsy',
    slug: 'cerebral-palsy',
    category: 'neurological',
    patterns: [/\bcerebral palsy\b/i],
    abbreviations: [abbreviation('CP')],
  },
  {
    name: "Huntington's disease",
    slug: 'huntingtons-disease',
    category: 'neurological',
    patterns: [eponym('Huntington')],
    abbreviations: [abbreviation('HD')],
  },
  {
    name: 'Peripheral neuropathy',
    slug: 'peripheral-neuropathy',
    category: 'neurological',
    patterns: [/\b(?:peripheral|diabetic) neuropath(?:y|ies)\b/i],
  },

  // Autoimmune
  {
    name: 'Lupus',
    slug: 'lupus',
    category: 'autoimmune',
    // Systemic lupus erythematosus is what "lupus" means on the site.
    patterns: [/\bsystemic lupus erythematosus\b/i, /\blupus\b/i, abbreviation('SLE')],
  },
  {
    name: 'Rheumatoid arthritis',
    slug: 'rheumatoid-arthritis',
    category: 'autoimmune',
    patterns: [/\brheumatoid arthritis\b/i],
    abbreviations: [abbreviation('RA')],
  },
  {
    name: "Crohn's disease",
    slug: 'crohns-disease',
    category: 'autoimmune',
    patterns: [eponym('Crohn')],
  },
  {
    name: 'Ulcerative colitis',
    slug: 'ulcerative-colitis',
    category: 'autoimmune',
    patterns: [/\bulcerative colitis\b/i],
    abbreviations: [abbreviation('UC')],
  },
  {
    name: 'Type 1 diabetes',
    slug: 'type-1-diabetes',
    category: 'autoimmune',
    patterns: [/\btype (?:1|I|one) diabetes\b/i],
    abbreviations: [abbreviation('T1D')],
  },

  // Orthopaedic
  {
    name: 'Osteoarthritis',
    slug: 'osteoarthritis',
    category: 'orthopaedic',
    patterns: [/\bosteoarthritis\b/i],
    abbreviations: [abbreviation('OA')],
  },
  {
    name: 'Knee osteoarthritis',
    slug: 'knee-osteoarthritis',
    category: 'orthopaedic',
    patterns: [/\bknee osteoarthritis\b/i, /\bosteoarthritis of the knees?\b/i, /\bknee OA\b/],
    broader: 'osteoarthritis',
  },
  {
    name: 'Hip osteoarthritis',
    slug: 'hip-osteoarthritis',
    category: 'orthopaedic',
    patterns: [/\bhip osteoarthritis\b/i, /\bosteoarthritis of the hips?\b/i, /\bhip OA\b/],
    broader: 'osteoarthritis',
  },
  {
    name: 'Degenerative disc disease',
    slug: 'degenerative-disc-disease',
    category: 'orthopaedic',
    patterns: [/\bdegenerative dis[ck] disease\b/i],
    abbreviations: [abbreviation('DDD')],
  },
  {
    name: 'Rotator cuff injury',
    slug: 'rotator-cuff-injury',
    category: 'orthopaedic',
    patterns: [/\brotator cuff (?:injur(?:y|ies)|tears?)\b/i],
  },

  // Pulmonary
  {
    name: 'Pulmonary fibrosis',
    slug: 'pulmonary-fibrosis',
    category: 'pulmonary',
    patterns: [/\b(?:idiopathic )?pulmonary fibrosis\b/i, abbreviation('IPF')],
  },
  {
    name: 'Chronic obstructive pulmonary disease (COPD)',
    slug: 'chronic-obstructive-pulmonary-disease-copd',
    category: 'pulmonary',
    patterns: [/\bchronic obstructive pulmonary disease\b/i, abbreviation('COPD')],
  },

  // Other
  {
    name: 'Heart failure',
    slug: 'heart-failure',
    category: 'other',
    patterns: [/\b(?:congestive )?heart failure\b/i],
    abbreviations: [abbreviation('CHF')],
  },
  {
    name: 'Type 2 diabetes',
    slug: 'type-2-diabetes',
    category: 'other',
    patterns: [/\btype (?:2|II|two) diabetes\b/i],
    abbreviations: [abbreviation('T2D')],
  },
  {
    name: 'Autism spectrum disorder',
    slug: 'autism-spectrum-disorder',
    category: 'other',
    patterns: [/\bautism(?: spectrum disorders?)?\b/i],
    abbreviations: [abbreviation('ASD')],
  },
]
