import { describe, expect, it } from 'vitest'
import { findConditions, KNOWN_CONDITIONS } from '../src/index'

const slugsOf = (found: ReturnType<typeof findConditions>['primary']): string[] => found.map((condition) => condition.slug)

/** The CMS's slugify (apps/cms/src/fields/slug.ts), so found conditions link to the CMS's by slug. */
function cmsSlugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
}

describe('KNOWN_CONDITIONS (data)', () => {
  it('has unique names and slugs, made from the names as the CMS makes them', () => {
    for (const condition of KNOWN_CONDITIONS) expect(condition.slug, condition.name).toBe(cmsSlugify(condition.name))
    expect(new Set(KNOWN_CONDITIONS.map((condition) => condition.slug)).size).toBe(KNOWN_CONDITIONS.length)
  })

  it('uses only the CMS categories, and every broader condition exists', () => {
    const slugs = new Set(KNOWN_CONDITIONS.map((condition) => condition.slug))
    for (const condition of KNOWN_CONDITIONS) {
      expect(['neurological', 'autoimmune', 'orthopaedic', 'pulmonary', 'other']).toContain(condition.category)
      if (condition.broader !== undefined) expect(slugs.has(condition.broader), condition.broader).toBe(true)
    }
  })

  it('names the conditions of the CMS seed the way the CMS does', () => {
    const names = KNOWN_CONDITIONS.map((condition) => condition.name)
    expect(names).toEqual(
      expect.arrayContaining(['Spinal cord injury', 'Amyotrophic lateral sclerosis (ALS)', 'Knee osteoarthritis', 'Stroke']),
    )
  })

  it('finds each condition by its own full name', () => {
    for (const condition of KNOWN_CONDITIONS) {
      const name = condition.name.replace(/ \(.*\)$/, '')
      const text = `${name} is the subject here. People with ${name.toLowerCase()} deserve clear information.`
      expect(slugsOf(findConditions(text).primary), condition.name).toEqual([condition.slug])
    }
  })
})

describe('findConditions: matching', () => {
  it('matches names whole, in any case, with either apostrophe', () => {
    expect(findConditions("PARKINSON'S DISEASE and Parkinson’s disease and Parkinsons").all[0]).toMatchObject({
      slug: 'parkinsons-disease',
      mentions: 3,
    })
    expect(findConditions('Parkinsonism is a syndrome, and parkinsonism again.').all).toEqual([])
    expect(findConditions('Two spinal cord injuries and one spinal-cord injury.').all[0]).toMatchObject({
      slug: 'spinal-cord-injury',
      mentions: 2,
    })
  })

  it('counts an abbreviation only as a whole word in capitals, once the full name is spelled out', () => {
    const defined = 'Multiple sclerosis (MS) is common. MS affects the nerves. Many with MS rest.'
    expect(findConditions(defined).all[0]).toMatchObject({ slug: 'multiple-sclerosis', mentions: 4 })
    // Not inside other words, not in lower case, not as part of MSCs.
    expect(findConditions('Multiple sclerosis. MSCs and ms and Ms. and MS-275 and sMS.').all[0]).toMatchObject({ mentions: 1 })
    // Without the full name, "MS" is not enough (it may be a manuscript, Microsoft, a mass spectrometer…).
    expect(findConditions('The MS was sent. MS Word. MS again.').all).toEqual([])
  })

  it('does not see Parkinson\'s disease in "PDF" or "PD-1", nor Alzheimer\'s disease in "AD-MSCs"', () => {
    const text = "Parkinson's disease (PD) is discussed. Download the PDF. PD-1 is a receptor. PD matters."
    expect(findConditions(text).all[0]).toMatchObject({ slug: 'parkinsons-disease', mentions: 3 })
    const cells = "Alzheimer's disease is named once. Adipose-derived MSCs (AD-MSCs) and AD-MSC cultures."
    expect(findConditions(cells).all[0]).toMatchObject({ slug: 'alzheimers-disease', mentions: 1 })
  })

  it('treats "OA" like the other abbreviations and counts general mentions for the one knee condition named', () => {
    const knee =
      'Knee osteoarthritis (OA) is painful. OA worsens with age. Treating OA early helps. Osteoarthritis costs a lot. OAT and KOALA are not OA.'
    const found = findConditions(knee)
    expect(found.all.map((condition) => condition.slug)).toEqual(['knee-osteoarthritis'])
    expect(found.all[0]!.mentions).toBe(6)
  })

  it('keeps osteoarthritis general when the knee and the hip are both named', () => {
    const both = 'Osteoarthritis of the knee and hip osteoarthritis are both osteoarthritis. Osteoarthritis again. Osteoarthritis.'
    expect(slugsOf(findConditions(both).primary)).toContain('osteoarthritis')
  })

  it('counts overlapping names once ("systemic lupus erythematosus" contains "lupus")', () => {
    expect(findConditions('Systemic lupus erythematosus (SLE), lupus for short.').all[0]).toMatchObject({ slug: 'lupus', mentions: 3 })
  })

  it('does not take "heat stroke" or a "stroke of luck" for a stroke', () => {
    expect(findConditions('Heat stroke in summer; a stroke of luck; a heat stroke.').all).toEqual([])
    expect(findConditions('After a stroke, and after two strokes.').all[0]).toMatchObject({ slug: 'stroke', mentions: 2 })
  })
})

describe('findConditions: ranking', () => {
  it('returns the main condition, not every passing mention', () => {
    const text =
      "Parkinson's disease is the topic. Parkinson's disease again, Parkinson's disease once more. Like stroke and Alzheimer's disease, it is more common with age."
    const found = findConditions(text)
    expect(slugsOf(found.primary)).toEqual(['parkinsons-disease'])
    expect(found.all.map((condition) => condition.slug)).toEqual(expect.arrayContaining(['stroke', 'alzheimers-disease']))
  })

  it('returns several conditions when a text covers them about equally', () => {
    const overview = "Parkinson's disease and Alzheimer's disease. Parkinson's disease. Alzheimer's disease. ALS too, and ALS again."
    expect(slugsOf(findConditions(overview).primary).sort()).toEqual([
      'alzheimers-disease',
      'amyotrophic-lateral-sclerosis-als',
      'parkinsons-disease',
    ])
  })

  it('weighs a condition named in a title or heading above one named as often in the body', () => {
    const body = 'Stroke and lupus. Stroke and lupus.'
    expect(findConditions(body, { emphasised: ['Stem cells in lupus'] }).primary[0]!.slug).toBe('lupus')
    expect(findConditions(body, { emphasised: ['After a stroke'] }).primary[0]!.slug).toBe('stroke')
  })

  it('returns no primary condition for a single passing mention', () => {
    expect(findConditions('Good sleep helps everyone, including people recovering from a stroke.').primary).toEqual([])
  })

  it('accepts another list of conditions', () => {
    const custom = [{ name: 'Tennis elbow', slug: 'tennis-elbow', category: 'orthopaedic' as const, patterns: [/\btennis elbow\b/i] }]
    expect(slugsOf(findConditions('Tennis elbow. Tennis elbow.', { conditions: custom }).primary)).toEqual(['tennis-elbow'])
  })
})
