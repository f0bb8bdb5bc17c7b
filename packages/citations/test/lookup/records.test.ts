import { describe, expect, it } from 'vitest'
import {
  mapCrossrefWork,
  mapPubmedArticle,
  parseEsearchIds,
  parsePubmedArticleSet,
  pmidFromIdConverter,
  refSourceDate,
} from '../../src/lookup/index'
import { validateCitation } from '../../src/index'
import { fixture } from './replayServer'

const pubmed = (name: string) => mapPubmedArticle(parsePubmedArticleSet(fixture(name))[0])

describe('PubMed efetch XML → citation fields (genuine records)', () => {
  it('maps PMID 38147649: e-page, epub date, DOI and PMCID from its own ArticleIdList, not its references', () => {
    const { fields } = pubmed('efetch-pubmed-38147649-erratum.xml')
    expect(fields).toMatchObject({
      title: 'Social anxiety disorder-associated gut microbiota increases social fear',
      journal: 'Proc Natl Acad Sci U S A',
      year: 2024,
      month: 1,
      day: 2,
      volume: '121',
      issue: '1',
      pages: 'e2308706120',
      epubDate: '2023-12-26',
      doi: '10.1073/pnas.2308706120',
      pmid: '38147649',
      pmcid: 'PMC10769841',
    })
    expect(fields.authors).toHaveLength(23)
    expect(fields.authors?.slice(0, 4)).toStrictEqual(['Ritz NL', 'Brocka M', 'Butler MI', 'Cowan CSM'])
    expect(fields.authors?.at(-1)).toBe('Cryan JF')
    // What the lookup fills must pass the editor's own validation unchanged.
    const validated = validateCitation(fields)
    expect(validated.ok && validated.citation).toStrictEqual(fields)
  })

  it('keeps a collective author as one entry and decodes character references (PMID 39382274)', () => {
    const { fields, retraction } = pubmed('efetch-pubmed-39382274-collective-author.xml')
    expect(fields.authors?.at(-1)).toBe(
      'GEMARA-SEIMC/CIBERINFEC Study Group on the activity and resistance mechanisms to new β-lactams and β-lactamase inhibitors (PROTECT)',
    )
    expect(fields.authors?.[0]).toBe('Blanco-Martín T')
    expect(fields.title).toMatch(/^Assessment of the activity .* combinations of β-lactams and the novel β-lactamase inhibitors/)
    expect(fields).toMatchObject({
      journal: 'Antimicrob Agents Chemother',
      pages: 'e0092424',
      doi: '10.1128/aac.00924-24',
      pmcid: 'PMC11539232',
    })
    expect(retraction).toStrictEqual({ status: 'none', notices: [] })
  })

  it('reads ErratumIn as "corrected", with the notice date, link and citation', () => {
    expect(pubmed('efetch-pubmed-38147649-erratum.xml').retraction).toStrictEqual({
      status: 'corrected',
      notices: [
        {
          kind: 'erratum',
          date: '2025-01-07',
          url: 'https://pubmed.ncbi.nlm.nih.gov/39705317/',
          label: 'Proc Natl Acad Sci U S A. 2025 Jan 7;122(1):e2424381121. doi: 10.1073/pnas.2424381121.',
        },
      ],
    })
  })

  it('reads RetractionIn as "retracted" even with an expression of concern, and ignores CommentIn (PMID 9500320)', () => {
    const { fields, retraction } = pubmed('efetch-pubmed-9500320-retracted-trimmed.xml')
    expect(fields).toStrictEqual({
      title: 'Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children',
      pmid: '9500320',
    })
    expect(retraction).toStrictEqual({
      status: 'retracted',
      notices: [
        {
          kind: 'retraction',
          date: '2010-02-06',
          url: 'https://pubmed.ncbi.nlm.nih.gov/20137807/',
          label: 'Lancet. 2010 Feb 6;375(9713):445. doi: 10.1016/S0140-6736(10)60175-4.',
        },
        {
          kind: 'expression-of-concern',
          date: '2011-11',
          url: 'https://pubmed.ncbi.nlm.nih.gov/21971344/',
          label: 'Eur J Gastroenterol Hepatol. 2011 Nov;23(11):1082.',
        },
      ],
    })
  })

  it('marks a "Retracted Publication" as retracted even when the notice link is missing', () => {
    const xml = fixture('efetch-pubmed-9500320-retracted-trimmed.xml').replace(
      /<CommentsCorrectionsList>[\s\S]*<\/CommentsCorrectionsList>/,
      '',
    )
    expect(mapPubmedArticle(parsePubmedArticleSet(xml)[0]).retraction).toStrictEqual({ status: 'retracted', notices: [] })
  })

  it('dates a notice from its citation, as far as the citation goes', () => {
    expect(refSourceDate('Lancet. 2010 Feb 6;375(9713):445.')).toBe('2010-02-06')
    expect(refSourceDate('Eur J Gastroenterol Hepatol. 2011 Nov;23(11):1082.')).toBe('2011-11')
    expect(refSourceDate('Cochrane Database Syst Rev. 2022;')).toBe('2022')
    expect(refSourceDate('Notice without a date')).toBeUndefined()
  })

  it('refuses what is not an efetch answer', () => {
    expect(() => parsePubmedArticleSet('{"error":"API rate limit exceeded"}')).toThrow(/no PubmedArticleSet/)
    expect(parsePubmedArticleSet('<?xml version="1.0" ?>\n<PubmedArticleSet></PubmedArticleSet>')).toStrictEqual([])
  })
})

describe('E-utilities esearch and ID converter JSON (genuine answers)', () => {
  it('lists the PMIDs of an esearch answer', () => {
    expect(parseEsearchIds(fixture('esearch-pubmed-nine-hits.json'))).toHaveLength(9)
    expect(parseEsearchIds(fixture('esearch-pubmed-no-hits.json'))).toStrictEqual([])
  })

  it('turns an ERROR sent with HTTP 200 into a format error naming it', () => {
    expect(() => parseEsearchIds(fixture('esearch-pubmed-error-empty-term.json'))).toThrow(
      'E-utilities error: Empty term and query_key - nothing todo',
    )
  })

  it('finds the PMID for the PMCID asked for in a batch answer, and nothing for an erroneous record', () => {
    const answer = fixture('idconv-pmid-batch-2015.json')
    expect(pmidFromIdConverter(answer, 'PMC3531190')).toBe('23193287')
    expect(pmidFromIdConverter(answer, 'PMC211167')).toBe('2836360')
    expect(pmidFromIdConverter(answer, 'PMC1')).toBeUndefined()
  })
})

describe("Crossref /works/{doi} JSON (genuine answer for Crossref's test DOI)", () => {
  const record = mapCrossrefWork(fixture('crossref-work-10.5555-12345678-trimmed.json'))

  it('maps the work to the same fields as PubMed', () => {
    expect(record.fields).toStrictEqual({
      authors: ['Carberry J'],
      title: 'Toward a Unified Theory of High-Energy Metaphysics: Silly String Theory',
      journal: 'JP',
      year: 2008,
      month: 2,
      day: 29,
      epubDate: '2008-02-29',
      volume: '1',
      issue: '1',
      doi: '10.5555/12345678',
    })
  })

  it('reads updated-by (and update-to naming its own DOI) as notices; a retraction makes it "retracted"', () => {
    expect(record.retraction).toStrictEqual({
      status: 'retracted',
      notices: [
        { kind: 'erratum', date: '2018-01-01', url: 'https://doi.org/10.5555/12345678', label: 'Corrigendum' },
        { kind: 'retraction', date: '2009-09-14', url: 'https://doi.org/10.5555/24242424x', label: 'Retraction' },
      ],
    })
    expect(record.noticeFor).toStrictEqual([])
  })

  it('tells a notice from the paper it updates: update-to naming another DOI is "noticeFor"', () => {
    const answer = JSON.parse(fixture('crossref-work-10.5555-12345678-trimmed.json'))
    answer.message.DOI = '10.5555/24242424x'
    answer.message['update-to'][0].type = 'retraction'
    delete answer.message['updated-by']
    const notice = mapCrossrefWork(JSON.stringify(answer))
    expect(notice.noticeFor).toStrictEqual(['10.5555/12345678'])
    expect(notice.retraction.status).toBe('none')
  })
})
