/**
 * For every rule: sentences it must flag, and negated sentences it must leave alone.
 * A rule without examples here fails the suite, so new rules arrive specified.
 */
export const RULE_EXAMPLES: Record<string, { flags: string[]; allows: string[] }> = {
  cure: {
    flags: ['Stem cell therapy cures knee arthritis.', 'Patients were cured within weeks.', 'A natural cure for back pain'],
    allows: [
      'This treatment is not intended to cure any disease.',
      'There is no cure for osteoarthritis.',
      'PRP is not a cure.',
      'This product is not intended to diagnose, treat, cure, or prevent any disease.',
      'These statements have not been evaluated by the FDA, and the product does not diagnose, treat, mitigate, prevent, or cure any disease.',
    ],
  },
  guarantee: {
    flags: ['Results are guaranteed.', 'We guarantee you will walk again.'],
    allows: ['We cannot guarantee results.', 'There is no guarantee that it will work for you.', 'We don’t guarantee outcomes.'],
  },
  'fda-approved': {
    flags: [
      'Our FDA-approved stem cell treatment',
      'This therapy is FDA approved.',
      'It was approved by the U.S. Food and Drug Administration.',
    ],
    allows: [
      'This therapy is not FDA approved.',
      'It has not been approved by the FDA.',
      'Stem cell injections have never received FDA approval.',
    ],
  },
  'alternative-to-surgery': {
    flags: ['A proven alternative to surgery for torn rotator cuffs.', 'The safe alternative to knee replacement.'],
    allows: ['Injections are not a proven alternative to surgery.', 'It is not an alternative to surgery your surgeon recommends.'],
  },
  'eliminates-pain': {
    flags: ['One injection eliminates pain.', 'Eliminate your chronic back pain today!'],
    allows: ['The injection does not eliminate pain for everyone.', 'It cannot eliminate joint pain.'],
  },
  'no-side-effects': {
    flags: [
      'There are no side effects.',
      'A gentle treatment without side effects.',
      'The procedure is risk-free.',
      'Free of any side effects.',
    ],
    allows: [
      'The procedure is not without side effects.',
      'It is not free of side effects.',
      'No injection is risk-free.',
      'It isn’t risk-free.',
    ],
  },
  miracle: {
    flags: ['The miracle cure for arthritis.', 'Patients call it a miracle.', 'She recovered miraculously.'],
    allows: ['This is not a miracle cure.', 'It is no miracle.'],
  },
  'hundred-percent': {
    flags: ['Our treatment is 100% safe.', 'A 100 percent effective therapy.', 'Our 100% success rate speaks for itself.'],
    allows: ['No treatment is 100% safe.', 'It is not 100% effective.'],
  },
  'reverses-disease': {
    flags: ['Stem cells reverse aging.', 'This therapy reverses the effects of arthritis.', 'Treatment reversed Parkinson’s in trials.'],
    allows: ['Stem cells cannot reverse aging.', 'It does not reverse the disease.'],
  },
  'permanent-fix': {
    flags: ['A permanent fix for knee pain.', 'Get permanent relief.', 'It permanently heals damaged tendons.'],
    allows: ['This is not a permanent fix.', 'It won’t permanently relieve arthritis pain.'],
  },
  'clinically-proven': {
    flags: ['Our clinically proven therapy.', 'PRP is scientifically proven to heal tendons.', 'Proven to regenerate joints.'],
    allows: ['These treatments are not clinically proven.', 'It has not been proven to work.'],
  },
  'breakthrough-cure': {
    flags: ['A breakthrough cure for MS.', 'This revolutionary treatment changes lives.'],
    allows: ['This is not a breakthrough treatment.', 'Exosomes are not a revolutionary therapy.'],
  },
  'regrows-cartilage': {
    flags: ['Injections regrow cartilage.', 'Our therapy regenerates damaged knee cartilage.', 'Rebuild lost cartilage without surgery.'],
    allows: ['Injections do not regrow cartilage.', 'PRP has never been shown to regenerate cartilage in people.'],
  },
  'safe-and-effective': {
    flags: ['A safe and effective treatment for joint pain.', 'The procedure is completely safe.'],
    allows: ['It has not been shown to be safe and effective.', 'No procedure is completely safe.'],
  },
}
