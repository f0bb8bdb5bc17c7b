import { describe, expect, it } from 'vitest'
import { scanClaims, scanText } from '../../src'
import { lexicalNodes as lexical } from '@clinic/rich-text'

import { KNEE_GUIDE } from '../../../rich-text/test/fixtures/kneeGuide'

const keysOf = (findings: { key: string }[]) => findings.map((finding) => finding.key)

describe('scanClaims', () => {
  it('scans title, excerpt and the Lexical body, in that order, with offsets into each field’s plain text', () => {
    const findings = scanClaims({ title: 'The miracle of PRP', excerpt: 'Results guaranteed.', body: KNEE_GUIDE })
    expect(findings.map(({ field, ruleId, match }) => ({ field, ruleId, match }))).toEqual([
      { field: 'title', ruleId: 'miracle', match: 'miracle' },
      { field: 'excerpt', ruleId: 'guarantee', match: 'guaranteed' },
      { field: 'body', ruleId: 'regrows-cartilage', match: 'regrows cartilage' },
      { field: 'body', ruleId: 'no-side-effects', match: 'No side effects' },
      { field: 'body', ruleId: 'alternative-to-surgery', match: 'proven alternative to surgery' },
      { field: 'body', ruleId: 'guarantee', match: 'guaranteed' },
    ])
  })

  it('scans the SEO title and description too, which search results and shared links show', () => {
    const findings = scanClaims({
      title: 'Stem cells for knee pain',
      meta: { title: 'Guaranteed cure for knee pain', description: 'An FDA approved stem cell treatment that can cure arthritis.' },
    })
    expect(findings.map(({ field, match }) => ({ field, match }))).toEqual([
      { field: 'metaTitle', match: expect.stringMatching(/^guaranteed/i) },
      ...findings
        .filter((finding) => finding.field === 'metaTitle')
        .slice(1)
        .map(() => expect.objectContaining({ field: 'metaTitle' })),
      ...findings.filter((finding) => finding.field === 'metaDescription').map(() => expect.objectContaining({ field: 'metaDescription' })),
    ])
    expect(findings.some((finding) => finding.field === 'metaDescription')).toBe(true)
    expect(scanClaims({ meta: { title: 'Knee osteoarthritis: what a 2023 trial found', description: null } })).toEqual([])
  })

  it('gives the sentence around each match as context, with the rule’s explanation', () => {
    const [finding] = scanClaims({ body: KNEE_GUIDE })
    expect(finding).toMatchObject({
      context: 'In our clinic it regrows cartilage in most patients.',
      label: 'Claims to regrow tissue',
    })
    expect(finding?.why).toMatch(/FTC/)
    expect(finding?.suggestion).not.toBe('')
  })

  it('reports offsets that point at the match', () => {
    const text = 'Dr. Lee says PRP is safe. It cures arthritis, and results are guaranteed!'
    for (const finding of scanText(text, 'excerpt')) expect(text.slice(finding.start, finding.end)).toBe(finding.match)
    expect(scanText(text, 'excerpt').map((f) => f.context)).toEqual([
      'It cures arthritis, and results are guaranteed!',
      'It cures arthritis, and results are guaranteed!',
    ])
  })

  it('does not end a sentence at abbreviations like "U.S." or "Dr."', () => {
    const [finding] = scanText('Approved by the U.S. FDA in 2020, says Dr. Patel.', 'body')
    expect(finding?.context).toBe('Approved by the U.S. FDA in 2020, says Dr. Patel.')
  })

  it('reports "miracle cure" once, as the longer claim, not also as "cure"', () => {
    expect(scanText('Try this miracle cure.', 'body').map((f) => f.ruleId)).toEqual(['miracle'])
  })

  it('ignores title and excerpt values that are not text', () => {
    expect(scanClaims({ title: 42 as never, excerpt: { cure: true } as never, body: null })).toEqual([])
  })

  it('shows a window of a very long sentence around the match', () => {
    const padding = 'patients in the study reported many different outcomes over the following years '.repeat(5)
    const [finding] = scanText(`${padding}and the therapy cures arthritis ${padding}.`, 'body')
    expect(finding?.context.length).toBeLessThan(260)
    expect(finding?.context).toMatch(/^….*cures arthritis.*…$/)
  })
})

describe('finding keys', () => {
  const body = (...paragraphs: string[]) => lexical.root(...paragraphs.map((p) => lexical.paragraph(lexical.text(p))))

  it('stay the same when other text is added before the claim, in the same block or a new one', () => {
    const before = scanClaims({ body: body('Our therapy cures arthritis.') })
    const prependedBlock = scanClaims({ body: body('Welcome to the clinic.', 'Our therapy cures arthritis.') })
    const prependedSentence = scanText('Welcome! Our therapy cures arthritis.', 'body')
    expect(keysOf(prependedBlock)).toEqual(keysOf(before))
    expect(keysOf(prependedSentence)).toEqual(keysOf(before))
    expect(prependedBlock[0]?.start).not.toBe(before[0]?.start)
  })

  it('stay the same through case and spacing changes, but change when the sentence’s words change', () => {
    const [original] = scanText('Our therapy cures arthritis.', 'body')
    const [respaced] = scanText('Our  therapy CURES arthritis.', 'body')
    const [reworded] = scanText('Our therapy cures knee arthritis.', 'body')
    expect(respaced?.key).toBe(original?.key)
    expect(reworded?.key).not.toBe(original?.key)
  })

  it('differ by field and by rule, and between two matches in one sentence', () => {
    const [inTitle] = scanText('It cures arthritis.', 'title')
    const [inBody] = scanText('It cures arthritis.', 'body')
    expect(inTitle?.key).not.toBe(inBody?.key)
    const twice = scanText('It cures pain and cures arthritis, guaranteed.', 'body')
    expect(new Set(keysOf(twice)).size).toBe(3)
  })

  it('differ for the same sentence written twice, so accepting one does not accept both', () => {
    const findings = scanText('It cures arthritis. It cures arthritis.', 'body')
    expect(findings).toHaveLength(2)
    expect(findings[0]?.key).not.toBe(findings[1]?.key)
  })

  it('read as rule:field:hash', () => {
    expect(scanText('It cures arthritis.', 'excerpt')[0]?.key).toMatch(/^cure:excerpt:[0-9a-z]+$/)
  })
})
