/**
 * Abbreviations of regenerative medicine that articles spell out and patients do not (or the other
 * way round). A query naming any form of a group also finds the others. Conditions' own names and
 * aliases are not here: editors keep those on each condition (Conditions `aliases`), reviewed.
 */
export const MEDICAL_ABBREVIATIONS: readonly (readonly string[])[] = [
  ['MSC', 'MSCs', 'mesenchymal stem cells', 'mesenchymal stromal cells', 'mesenchymal stem cell', 'mesenchymal stromal cell'],
  ['PRP', 'platelet-rich plasma'],
  ['BMAC', 'bone marrow aspirate concentrate', 'bone marrow aspirate'],
  ['ADSC', 'ADSCs', 'adipose-derived stem cells', 'adipose-derived cells'],
  ['iPSC', 'iPSCs', 'induced pluripotent stem cells'],
  ['HSC', 'HSCs', 'hematopoietic stem cells', 'haematopoietic stem cells'],
  ['GVHD', 'graft-versus-host disease'],
  ['RCT', 'randomized controlled trial', 'randomised controlled trial'],
  ['OA', 'osteoarthritis'],
  ['ALS', 'amyotrophic lateral sclerosis'],
  ['MS', 'multiple sclerosis'],
  ['TBI', 'traumatic brain injury'],
  ['SCI', 'spinal cord injury'],
  ['IPF', 'idiopathic pulmonary fibrosis'],
  ['COPD', 'chronic obstructive pulmonary disease'],
  ['RA', 'rheumatoid arthritis'],
  ['SLE', 'systemic lupus erythematosus'],
]
