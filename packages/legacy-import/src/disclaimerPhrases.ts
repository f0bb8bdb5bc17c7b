/**
 * The site-wide medical disclaimer ("This website and its contents are not intended to treat, cure,
 * diagnose, or prevent any disease…"), recognised by the legal phrases such notices are made of.
 * A line needs at least MIN_DISCLAIMER_PHRASES of them: one alone also occurs in articles
 * ("this therapy is not a cure", "approved by the FDA").
 */
export const DISCLAIMER_PHRASES: readonly RegExp[] = [
  // "not intended to treat, cure, diagnose, or prevent any disease" in any order of the verbs
  /\bnot (?:been )?intended to (?:diagnose|treat|cure|prevent)\b/i,
  /\b(?:diagnose|treat|cure|prevent),? (?:or )?(?:diagnose|treat|cure|prevent) any disease\b/i,
  /\bshall not be (?:held )?liable\b/i,
  /\bnot (?:been )?(?:evaluated|confirmed|approved) by the (?:U\.?S\.? )?(?:Food and Drug Administration|FDA)\b/i,
  /\b(?:Food and Drug Administration|FDA)\b.*\bnot (?:been )?(?:evaluated|confirmed|approved)\b/i,
  /\bnot (?:to be viewed as )?a guarantee\b/i,
  /\b(?:this|the) (?:web ?site|site) and its contents?\b/i,
  /\bpatient testimonials?\b/i,
  /\bnot (?:a substitute|intended as a substitute) for (?:professional )?medical advice\b/i,
  /^(?:medical )?disclaimer\b/i,
]

export const MIN_DISCLAIMER_PHRASES = 2
