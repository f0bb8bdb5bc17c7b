import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { formatCitation, parseCitation, type Citation } from '../src/index'

const xia: Citation = {
  authors: ['Xia Y', 'Zhu J', 'Yang R', 'Wang H', 'Li Y', 'Fu C'],
  title: 'Mesenchymal stem cells in the treatment of spinal cord injury: Mechanisms, current advances and future challenges',
  journal: 'Front Immunol',
  year: 2023,
  month: 2,
  day: 24,
  volume: '14',
  pages: '1141601',
  doi: '10.3389/fimmu.2023.1141601',
  pmid: '36911700',
  pmcid: 'PMC9999104',
}
const tambe: Citation = {
  authors: ['Tambe P', 'Undale V', 'Sanap A', 'Bhonde R', 'Mante N'],
  title: "The prospective role of mesenchymal stem cells in Parkinson's disease",
  journal: 'Parkinsonism Relat Disord',
  year: 2024,
  month: 10,
  volume: '127',
  pages: '107087',
  doi: '10.1016/j.parkreldis.2024.107087',
  pmid: '39142905',
  epubDate: '2024-08-10',
}
const leBlanc: Citation = {
  authors: [
    'Le Blanc K',
    'Frassoni F',
    'Ball L',
    'Locatelli F',
    'Roelofs H',
    'Lewis I',
    'Lanino E',
    'Sundberg B',
    'Bernardo ME',
    'Remberger M',
    'Dini G',
    'Egeler RM',
    'Bacigalupo A',
    'Fibbe W',
    'Ringdén O',
    'Developmental Committee of the European Group for Blood and Marrow Transplantation',
  ],
  title: 'Mesenchymal stem cells for treatment of steroid-resistant, severe, acute graft-versus-host disease: a phase II study',
  journal: 'Lancet',
  year: 2008,
  month: 5,
  day: 10,
  volume: '371',
  issue: '9624',
  pages: '1579-86',
  doi: '10.1016/s0140-6736(08)60690-x',
  pmid: '18468541',
}
const recovery: Citation = {
  authors: ['RECOVERY Collaborative Group', 'Horby P', 'Lim WS', 'Emberson JR', 'Mafham M', 'Bell JL', 'Linsell L', 'Staplin N'],
  title: 'Dexamethasone in Hospitalized Patients with Covid-19',
  journal: 'N Engl J Med',
  year: 2021,
  month: 2,
  day: 25,
  volume: '384',
  issue: '8',
  pages: '693-704',
  doi: '10.1056/nejmoa2021436',
  pmid: '32678530',
  pmcid: 'PMC7383595',
  epubDate: '2020-07-17',
}
const aheadOfPrint: Citation = {
  authors: ['Kim HJ', 'Park JS', 'Lee SY'],
  title: 'Umbilical cord blood-derived mesenchymal stem cells for cartilage repair in the knee: a two-year follow-up',
  journal: 'Knee Surg Sports Traumatol Arthrosc',
  year: 2024,
  month: 3,
  day: 5,
  doi: '10.1002/ksa.12345',
  pmid: '38441234',
  epubDate: '2024-03-05',
}
const supplementInVolume: Citation = {
  authors: ['Ballenger JC'],
  title: 'Clinical guidelines for establishing remission in patients with depression and anxiety',
  journal: 'J Clin Psychiatry',
  year: 2004,
  volume: '65 Suppl 12',
  pages: '5-10',
  pmid: '15315471',
}
const question: Citation = {
  authors: ['Sipp D', 'Turner L'],
  title: 'Stem cell clinics: hope or hype?',
  journal: 'Cell Stem Cell',
  year: 2017,
  month: 1,
  day: 5,
  volume: '20',
  issue: '1',
  pages: '16-18',
  doi: '10.1016/j.stem.2016.12.011',
}
const issueOnly: Citation = {
  authors: ['Smith TO', 'Hing CB'],
  title: 'Autologous chondrocyte implantation for cartilage defects in the knee',
  journal: 'Cochrane Database Syst Rev',
  year: 2008,
  month: 4,
  day: 16,
  issue: '2',
  pages: 'CD003323',
  doi: '10.1002/14651858.cd003323.pub2',
  pmcid: 'PMC1234567',
}
const prockop: Citation = {
  authors: ['Prockop DJ'],
  title: 'Marrow stromal cells as stem cells for nonhematopoietic tissues',
  journal: 'Science',
  year: 1997,
  month: 4,
  day: 4,
  volume: '276',
  issue: '5309',
  pages: '71-4',
  doi: '10.1126/science.276.5309.71',
  pmid: '9082988',
}

describe('formatCitation(c, "nlm"): exactly as PubMed prints its text format', () => {
  it.each([
    [
      'one volume, no issue, article number, PMID and PMCID',
      xia,
      'Xia Y, Zhu J, Yang R, Wang H, Li Y, Fu C. Mesenchymal stem cells in the treatment of spinal cord injury: Mechanisms, current advances and future challenges. Front Immunol. 2023 Feb 24;14:1141601. doi: 10.3389/fimmu.2023.1141601. PMID: 36911700; PMCID: PMC9999104.',
    ],
    [
      'month-only date and an Epub date after the DOI',
      tambe,
      "Tambe P, Undale V, Sanap A, Bhonde R, Mante N. The prospective role of mesenchymal stem cells in Parkinson's disease. Parkinsonism Relat Disord. 2024 Oct;127:107087. doi: 10.1016/j.parkreldis.2024.107087. Epub 2024 Aug 10. PMID: 39142905.",
    ],
    [
      '"; " before a group author that follows people',
      leBlanc,
      'Le Blanc K, Frassoni F, Ball L, Locatelli F, Roelofs H, Lewis I, Lanino E, Sundberg B, Bernardo ME, Remberger M, Dini G, Egeler RM, Bacigalupo A, Fibbe W, Ringdén O; Developmental Committee of the European Group for Blood and Marrow Transplantation. Mesenchymal stem cells for treatment of steroid-resistant, severe, acute graft-versus-host disease: a phase II study. Lancet. 2008 May 10;371(9624):1579-86. doi: 10.1016/s0140-6736(08)60690-x. PMID: 18468541.',
    ],
    [
      '"; " after a group author that comes first',
      recovery,
      'RECOVERY Collaborative Group; Horby P, Lim WS, Emberson JR, Mafham M, Bell JL, Linsell L, Staplin N. Dexamethasone in Hospitalized Patients with Covid-19. N Engl J Med. 2021 Feb 25;384(8):693-704. doi: 10.1056/nejmoa2021436. Epub 2020 Jul 17. PMID: 32678530; PMCID: PMC7383595.',
    ],
    [
      '"Epub ahead of print." when there is no volume or issue and the Epub date is the date',
      aheadOfPrint,
      'Kim HJ, Park JS, Lee SY. Umbilical cord blood-derived mesenchymal stem cells for cartilage repair in the knee: a two-year follow-up. Knee Surg Sports Traumatol Arthrosc. 2024 Mar 5. doi: 10.1002/ksa.12345. Epub ahead of print. PMID: 38441234.',
    ],
    [
      'year-only date, supplement in the volume, no DOI',
      supplementInVolume,
      'Ballenger JC. Clinical guidelines for establishing remission in patients with depression and anxiety. J Clin Psychiatry. 2004;65 Suppl 12:5-10. PMID: 15315471.',
    ],
    [
      'no full stop after a title ending in "?", no identifiers but the DOI',
      question,
      'Sipp D, Turner L. Stem cell clinics: hope or hype? Cell Stem Cell. 2017 Jan 5;20(1):16-18. doi: 10.1016/j.stem.2016.12.011.',
    ],
    [
      'an issue with no volume, a PMCID with no PMID',
      issueOnly,
      'Smith TO, Hing CB. Autologous chondrocyte implantation for cartilage defects in the knee. Cochrane Database Syst Rev. 2008 Apr 16;(2):CD003323. doi: 10.1002/14651858.cd003323.pub2. PMCID: PMC1234567.',
    ],
  ])('%s', (_name, citation, expected) => {
    expect(formatCitation(citation, 'nlm')).toBe(expected)
  })

  it('reproduces each citation line of the legacy site, apart from "Source:" and the curly apostrophe', () => {
    const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
    const lines = readFileSync(resolve(repoRoot, '..', 'shared/legacy-site/current-site-1.txt'), 'utf8')
      .split(/\r?\n/)
      .filter((line) => /\bPMID:\s*\d+(?:;\s*PMCID:\s*PMC\d+)?\.$/.test(line))
    expect(lines).toHaveLength(5)
    for (const line of lines) {
      const parsed = parseCitation(line)
      if (!parsed.ok) expect.fail(JSON.stringify(parsed.errors))
      expect(formatCitation(parsed.citation, 'nlm')).toBe(line.replace(/^Source: /, '').replace('\u2019', "'"))
    }
  })
})

describe('formatCitation(c, "ama"): AMA Manual of Style, 11th edition', () => {
  it.each([
    [
      'up to six authors all listed; year;volume:pages; doi without a full stop',
      xia,
      'Xia Y, Zhu J, Yang R, Wang H, Li Y, Fu C. Mesenchymal stem cells in the treatment of spinal cord injury: Mechanisms, current advances and future challenges. Front Immunol. 2023;14:1141601. doi:10.3389/fimmu.2023.1141601',
    ],
    [
      'more than six people: the first three and "et al", the group after "; "',
      recovery,
      'Horby P, Lim WS, Emberson JR, et al; RECOVERY Collaborative Group. Dexamethasone in Hospitalized Patients with Covid-19. N Engl J Med. 2021;384(8):693-704. doi:10.1056/nejmoa2021436',
    ],
    [
      'page ranges given in full ("71-4" becomes "71-74")',
      prockop,
      'Prockop DJ. Marrow stromal cells as stem cells for nonhematopoietic tissues. Science. 1997;276(5309):71-74. doi:10.1126/science.276.5309.71',
    ],
    [
      'online-first paper: "Published online" and the Epub date',
      aheadOfPrint,
      'Kim HJ, Park JS, Lee SY. Umbilical cord blood-derived mesenchymal stem cells for cartilage repair in the knee: a two-year follow-up. Knee Surg Sports Traumatol Arthrosc. Published online March 5, 2024. doi:10.1002/ksa.12345',
    ],
    [
      'supplement in lower case, in parentheses after the volume; no DOI',
      supplementInVolume,
      'Ballenger JC. Clinical guidelines for establishing remission in patients with depression and anxiety. J Clin Psychiatry. 2004;65(suppl 12):5-10.',
    ],
    [
      'a title ending in "?" keeps it and takes no full stop',
      question,
      'Sipp D, Turner L. Stem cell clinics: hope or hype? Cell Stem Cell. 2017;20(1):16-18. doi:10.1016/j.stem.2016.12.011',
    ],
    [
      'an issue with no volume',
      issueOnly,
      'Smith TO, Hing CB. Autologous chondrocyte implantation for cartilage defects in the knee. Cochrane Database Syst Rev. 2008;(2):CD003323. doi:10.1002/14651858.cd003323.pub2',
    ],
  ])('%s', (_name, citation, expected) => {
    expect(formatCitation(citation, 'ama')).toBe(expected)
  })

  it('lists a group author alone as it is', () => {
    const citation: Citation = {
      authors: ['World Medical Association'],
      title: 'World Medical Association Declaration of Helsinki: ethical principles for medical research involving human subjects',
      journal: 'JAMA',
      year: 2013,
      month: 11,
      day: 27,
      volume: '310',
      issue: '20',
      pages: '2191-4',
      doi: '10.1001/jama.2013.281053',
    }
    expect(formatCitation(citation, 'ama')).toBe(
      'World Medical Association. World Medical Association Declaration of Helsinki: ethical principles for medical research involving human subjects. JAMA. 2013;310(20):2191-2194. doi:10.1001/jama.2013.281053',
    )
  })
})
