import type { ClaimRule } from './types'

/**
 * Phrases regulators have acted on in stem-cell and regenerative-medicine marketing:
 * the FTC sues clinics over unsupported health claims (deceptive advertising) and the
 * FDA sends warning letters over unapproved products promoted as treatments.
 * A finding isn't a verdict: a medical reviewer may accept it with a written justification.
 * Ids are stored in finding keys: add rules freely, never rename one.
 */
export const CLAIM_RULES: readonly ClaimRule[] = [
  {
    id: 'cure',
    pattern: String.raw`cur(?:e|es|ed|ing)|curative`,
    label: 'Promises a cure',
    why: "The FTC has sued, and the FDA has warned, stem-cell clinics for saying their treatments cure diseases. None of our treatments is proven to cure a condition, so the word promises something we can't back up.",
    suggestion: 'Say what studies found instead, e.g. "may help reduce symptoms in some patients" or "is being studied for …".',
  },
  {
    id: 'guarantee',
    pattern: String.raw`guarantee(?:s|d)?|guaranteeing`,
    label: 'Guarantees results',
    why: 'Results of medical treatment vary from person to person. The FTC treats guaranteed results as deceptive, and no clinic can guarantee how a body responds.',
    suggestion: '"Results vary; your doctor will explain what you can realistically expect."',
  },
  {
    id: 'fda-approved',
    pattern: String.raw`FDA[- ]?approv(?:ed|al)|approved\s+by\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:FDA|Food\s+and\s+Drug\s+Administration)`,
    label: 'Implies FDA approval',
    why: 'The FDA has not approved the stem-cell and regenerative treatments clinics like ours offer, and it sends warning letters to clinics that say or imply otherwise.',
    suggestion: 'State the real status, e.g. "This treatment is not FDA approved." Ask the medical reviewer for exact regulatory wording.',
  },
  {
    id: 'alternative-to-surgery',
    pattern: String.raw`(?:(?:proven|safe|effective|better|non-surgical)\s+)?alternatives?\s+to\s+(?:(?:knee|hip|shoulder|spine|spinal|back|joint)\s+)?(?:surgery|surgeries|replacement)`,
    label: 'Alternative to surgery',
    why: 'The FTC has acted against clinics presenting injections as a proven alternative to surgery. There is no good evidence they work as well, and patients who put off needed surgery can be harmed.',
    suggestion: '"Some patients explore this option before considering surgery. It does not replace surgery your doctor recommends."',
  },
  {
    id: 'eliminates-pain',
    pattern: String.raw`eliminat(?:e|es|ed|ing)\s+(?:(?:your|all|the|chronic|joint|back|knee|neck|hip|shoulder|of)\s+){0,3}pain`,
    label: 'Promises to eliminate pain',
    why: 'Promising that pain will go away is an efficacy claim the FTC has challenged in stem-cell advertising; studies show at best less pain for some patients.',
    suggestion: '"may help reduce pain for some patients"',
  },
  {
    id: 'no-side-effects',
    pattern: String.raw`(?:no|zero|without(?:\s+any)?|free\s+(?:of|from)(?:\s+any)?)\s+(?:(?:known|serious|adverse|harmful|negative)\s+)?(?:side[- ]effects|risks?)|side[- ]effect[- ]free|risk[- ]free`,
    label: 'Claims no side effects',
    why: 'Every procedure carries risks, including injections of your own cells (infection, pain and, with unproven treatments, serious harm). The FDA warns about these risks and the FTC treats "no side effects" as a deceptive safety claim.',
    suggestion: '"Like any procedure, it carries risks, which your doctor will explain before treatment."',
  },
  {
    id: 'miracle',
    pattern: String.raw`miracle(?:s|[- ](?:cure|treatment|therapy|injection|shot|cell)s?)?|miraculous(?:ly)?`,
    label: 'Miracle language',
    why: '"Miracle" promises extraordinary results; regulators treat it as hype that misleads patients looking for hope.',
    suggestion: 'Describe the evidence plainly: what was studied, in whom, and what changed.',
  },
  {
    id: 'hundred-percent',
    pattern: String.raw`100\s?(?:%|percent)\s+(?:safe|effective|success(?:ful)?|natural|guaranteed|results?)`,
    label: '100% safe or effective',
    why: 'No medical treatment is 100% safe or effective. The FTC considers absolute figures like this deceptive unless proven, and they cannot be.',
    suggestion:
      'Quote the study\'s real figure and source, e.g. "In a 2019 study of 60 patients, 70% reported less pain after six months."',
  },
  {
    id: 'reverses-disease',
    pattern: String.raw`revers(?:e|es|ed|ing)\s+(?:(?:the|your|signs|effects|of)\s+){0,4}(?:disease|aging|ageing|paralysis|(?:osteo)?arthritis|degeneration|joint\s+damage|nerve\s+damage|multiple\s+sclerosis|autism|diabetes|dementia|Parkinson(?:'s)?|ALS)`,
    label: 'Claims to reverse disease or aging',
    why: "The FDA has warned clinics that claimed stem cells reverse conditions such as Parkinson's, MS or paralysis. No evidence shows these treatments reverse disease or aging.",
    suggestion: '"is being studied for its potential effects on …", or describe measured symptom changes with a citation.',
  },
  {
    id: 'permanent-fix',
    pattern: String.raw`permanent(?:ly)?\s+(?:fix(?:es|ed)?|relie(?:f|ve|ves|ved)|solution|repair(?:s|ed)?|heal(?:s|ed|ing)?|results?|cure)`,
    label: 'Promises permanent results',
    why: "Permanent results imply long-term evidence that doesn't exist for regenerative treatments; the FTC treats unsupported claims about how long results last as deceptive.",
    suggestion: '"Some patients report relief lasting several months; results vary."',
  },
  {
    id: 'clinically-proven',
    pattern: String.raw`(?:clinically|scientifically|medically)[- ](?:proven|validated)|proven\s+to\s+(?:work|heal|cure|repair|regenerate|restore|relieve|reduce)`,
    label: 'Claims proof',
    why: '"Clinically proven" means well-designed trials showed it works, the standard the FTC holds health claims to. Regenerative treatments have not met it, and the FTC has fined clinics for saying they had.',
    suggestion: 'Cite the specific study and what it found: "A small 2020 study (30 patients) found …".',
  },
  {
    id: 'breakthrough-cure',
    pattern: String.raw`(?:breakthrough|revolutionary|groundbreaking)\s+(?:cures?|treatments?|therap(?:y|ies))`,
    label: 'Breakthrough claim',
    why: '"Breakthrough" suggests a proven advance and echoes the FDA\'s "Breakthrough Therapy" designation, which these treatments don\'t hold.',
    suggestion: '"an emerging treatment that is still being studied"',
  },
  {
    id: 'regrows-cartilage',
    pattern: String.raw`(?:re-?grow(?:s|n|ing)?|regrew|rebuild(?:s|ing)?|rebuilt|regenerat(?:e|es|ed|ing))\s+(?:(?:new|your|lost|damaged|healthy|worn|knee|joint|hip|the)\s+){0,3}(?:cartilage|discs?|bones?)`,
    label: 'Claims to regrow tissue',
    why: 'The FTC has acted against clinics claiming injections regrow cartilage. Evidence that they rebuild cartilage, discs or bone in people is lacking.',
    suggestion: '"is being studied for its effects on joint tissue", or report imaging results from a cited study.',
  },
  {
    id: 'safe-and-effective',
    pattern: String.raw`(?:completely|totally|perfectly|absolutely|entirely)\s+safe|safe\s+and\s+effective|effective\s+and\s+safe`,
    label: 'Safe and effective',
    why: '"Safe and effective" is the FDA\'s standard for approving a treatment; using it for an unapproved one implies an approval it doesn\'t have. FDA warning letters to stem-cell clinics cite this wording.',
    suggestion: '"generally well tolerated in studies so far; risks include …"',
  },
]
