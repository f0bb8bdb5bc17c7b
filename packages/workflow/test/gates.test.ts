import { describe, expect, it } from 'vitest'
import { evaluatePublishGates, formatGateRefusal, type ClaimFinding, type PublishGateInput } from '../src'

const finding = (key: string, match: string, field: ClaimFinding['field'] = 'body'): ClaimFinding => ({
  key,
  ruleId: 'cure',
  label: 'Promises a cure',
  field,
  match,
  start: 0,
  end: match.length,
  context: `It ${match} arthritis.`,
  why: 'why',
  suggestion: 'suggestion',
})

/** A research summary that meets every gate; each test breaks one thing. */
const publishable: PublishGateInput = {
  workflowState: 'approved',
  articleType: 'research-summary',
  excerpt: 'What a 2023 trial found about PRP for knee osteoarthritis.',
  citations: [{ valid: true, label: 'Smith et al. 2023' }],
  conditionCount: 1,
  applicableDisclaimerCount: 1,
  claimFindings: [],
  acceptedFindingKeys: [],
}
const gatesFailing = (changes: Partial<PublishGateInput>) => evaluatePublishGates({ ...publishable, ...changes })

describe('publish gates, one at a time', () => {
  it('passes an article that meets every requirement', () => {
    expect(evaluatePublishGates(publishable)).toEqual([])
  })

  it('needs medical approval first', () => {
    expect(gatesFailing({ workflowState: 'in_review' })).toEqual([
      { gate: 'approved', message: 'It must be approved by a medical reviewer first (it is currently In review).' },
    ])
  })

  it('lists every invalid citation with its problems', () => {
    const citations = [
      { valid: true, label: 'Smith et al. 2023' },
      { valid: false, label: 'Jones 2021', problems: ['no DOI or PubMed ID', 'no year'] },
      { valid: false },
    ]
    expect(gatesFailing({ citations })).toEqual([
      { gate: 'citation', message: '2 citations need fixing: “Jones 2021” (no DOI or PubMed ID, no year); citation 3 is incomplete.' },
    ])
  })

  it('refuses an article whose primary citation is retracted, naming the paper and the notice date', () => {
    const citations = [
      {
        valid: true,
        label: 'Wakefield AJ et al., Lancet 1998',
        retracted: true,
        retractionNotice: { date: '2010-02-06', url: 'https://pubmed.ncbi.nlm.nih.gov/20137807/' },
      },
      { valid: true, label: 'Smith et al. 2023' },
    ]
    expect(gatesFailing({ citations })).toEqual([
      {
        gate: 'citation',
        message:
          'The paper it is based on, “Wakefield AJ et al., Lancet 1998”, was retracted on 2010-02-06 (notice: https://pubmed.ncbi.nlm.nih.gov/20137807/): base it on another paper, or leave it unpublished.',
      },
    ])
  })

  it('says so without a date or label when the source gives none, alongside invalid citations', () => {
    const citations = [{ valid: false, retracted: true, problems: ['no year'] }]
    expect(gatesFailing({ citations })).toEqual([
      {
        gate: 'citation',
        message:
          'The paper it is based on was retracted: base it on another paper, or leave it unpublished. 1 citation needs fixing: citation 1 (no year).',
      },
    ])
  })

  it('does not refuse for a retracted paper that is not the primary citation, or a corrected one', () => {
    const citations = [
      { valid: true, label: 'Smith et al. 2023' },
      { valid: true, label: 'Old 1998', retracted: true },
    ]
    expect(gatesFailing({ citations })).toEqual([])
    expect(gatesFailing({ citations: [{ valid: true, label: 'Smith et al. 2023', retracted: false }] })).toEqual([])
  })

  it('refuses citations whose printed text no medical reviewer approved, naming each', () => {
    const citations = [
      { valid: true, label: 'Smith et al. 2023', reviewed: true },
      { valid: true, label: 'Jones 2021', reviewed: false },
      { valid: true, reviewed: false },
    ]
    expect(gatesFailing({ citations })).toEqual([
      {
        gate: 'citation',
        message:
          '“Jones 2021” and citation 3 have not been approved by a medical reviewer: approving the article approves its new citations; a correction to a live citation is reviewed on the citation itself.',
      },
    ])
    expect(gatesFailing({ citations: [{ valid: true, reviewed: false }] })[0]!.message).toMatch(/^Citation 1 has not been approved/)
    expect(gatesFailing({ citations: [{ valid: true, label: 'Smith et al. 2023', reviewed: true }] })).toEqual([])
  })

  it('needs at least one citation for a research summary, but not for other types', () => {
    expect(gatesFailing({ citations: [] })).toEqual([
      { gate: 'citation', message: 'A research summary needs at least 1 citation to the research it describes.' },
    ])
    expect(gatesFailing({ citations: [], articleType: 'condition-guide' })).toEqual([])
    expect(gatesFailing({ citations: [], articleType: 'lifestyle-post' })).toEqual([])
  })

  it('flags invalid citations on every type of article', () => {
    const citations = [{ valid: false, label: 'Blog post' }]
    expect(gatesFailing({ citations, articleType: 'lifestyle-post' }).map((f) => f.gate)).toEqual(['citation'])
  })

  it('needs a linked condition for research summaries and condition guides, not lifestyle posts', () => {
    expect(gatesFailing({ conditionCount: 0 })).toEqual([
      { gate: 'condition', message: 'A research summary must be linked to at least 1 condition.' },
    ])
    expect(gatesFailing({ conditionCount: 0, articleType: 'condition-guide' })).toEqual([
      { gate: 'condition', message: 'A condition guide must be linked to at least 1 condition.' },
    ])
    expect(gatesFailing({ conditionCount: 0, articleType: 'lifestyle-post' })).toEqual([])
  })

  it.each([null, undefined, '', '   '])('needs an excerpt (not %j)', (excerpt) => {
    expect(gatesFailing({ excerpt })).toEqual([
      { gate: 'excerpt', message: 'It needs an excerpt: the short summary shown in article lists and search results.' },
    ])
  })

  it('needs at least one applicable disclaimer', () => {
    expect(gatesFailing({ applicableDisclaimerCount: 0 })).toEqual([
      { gate: 'disclaimer', message: 'No medical disclaimer applies to it: add one, or ask an admin to turn on the site-wide disclaimer.' },
    ])
  })

  it('blocks risky claims nobody has accepted', () => {
    expect(gatesFailing({ claimFindings: [finding('a', 'cures'), finding('b', 'FDA approved', 'title')] })).toEqual([
      {
        gate: 'claims',
        message:
          "2 risky claims need rewording or a medical reviewer's written justification: “cures” in the body and “FDA approved” in the title.",
      },
    ])
  })

  it('lets claims a medical reviewer accepted through, and lists only the rest', () => {
    const claimFindings = [finding('a', 'cures'), finding('b', 'guaranteed')]
    expect(gatesFailing({ claimFindings, acceptedFindingKeys: ['a', 'b'] })).toEqual([])
    expect(gatesFailing({ claimFindings, acceptedFindingKeys: ['a', 'stale-key'] })).toEqual([
      { gate: 'claims', message: "1 risky claim needs rewording or a medical reviewer's written justification: “guaranteed” in the body." },
    ])
  })

  it('names the first five open claims and counts the rest', () => {
    const claimFindings = Array.from({ length: 7 }, (_, i) => finding(`k${i}`, `cure ${i}`))
    expect(gatesFailing({ claimFindings })[0]?.message).toBe(
      "7 risky claims need rewording or a medical reviewer's written justification: “cure 0” in the body, “cure 1” in the body, “cure 2” in the body, “cure 3” in the body, “cure 4” in the body and 2 more.",
    )
  })
})

describe('refusal message', () => {
  it('lists every unmet gate at once, in one message', () => {
    const failures = evaluatePublishGates({
      workflowState: 'draft',
      articleType: 'research-summary',
      excerpt: '',
      citations: [],
      conditionCount: 0,
      applicableDisclaimerCount: 0,
      claimFindings: [finding('a', 'miracle cure')],
      acceptedFindingKeys: [],
    })
    expect(failures.map((f) => f.gate)).toEqual(['approved', 'citation', 'condition', 'excerpt', 'disclaimer', 'claims'])
    expect(formatGateRefusal(failures)).toBe(
      "This article can't be published yet: " +
        '(1) It must be approved by a medical reviewer first (it is currently Draft). ' +
        '(2) A research summary needs at least 1 citation to the research it describes. ' +
        '(3) A research summary must be linked to at least 1 condition. ' +
        '(4) It needs an excerpt: the short summary shown in article lists and search results. ' +
        '(5) No medical disclaimer applies to it: add one, or ask an admin to turn on the site-wide disclaimer. ' +
        "(6) 1 risky claim needs rewording or a medical reviewer's written justification: “miracle cure” in the body.",
    )
  })

  it('reads as one sentence when a single gate fails', () => {
    expect(formatGateRefusal(gatesFailing({ excerpt: null }))).toBe(
      "This article can't be published yet: it needs an excerpt: the short summary shown in article lists and search results.",
    )
  })

  it('is empty when nothing failed', () => {
    expect(formatGateRefusal([])).toBe('')
  })
})
