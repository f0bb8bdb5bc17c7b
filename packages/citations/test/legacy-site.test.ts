import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseCitation, type Citation } from '../src/index'

// CI clones the repository with shared/ beside it, so the data lives next to the repo root.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const legacySitePath = resolve(repoRoot, '..', 'shared/legacy-site/current-site-1.txt')

/**
 * A citation line, found by its shape rather than by position: "Journal. 2023 Feb 24;14…" somewhere
 * and a PMID at the end. Nothing else on the site has both.
 */
const CITATION_LINE = /\.\s\d{4}(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?;\S.*\bPMID:\s*\d+(?:;\s*PMCID:\s*PMC\d+)?\.?\s*$/

const citationLines = readFileSync(legacySitePath, 'utf8')
  .split(/\r?\n/)
  .filter((line) => CITATION_LINE.test(line))

/** Written by reading each citation in the file. */
const expectedCitations: Citation[] = [
  {
    authors: ['Yuan X', 'Sun L'],
    title: 'Stem Cell Therapy in Lupus',
    journal: 'Rheumatol Immunol Res',
    year: 2022,
    month: 7,
    day: 6,
    volume: '3',
    issue: '2',
    pages: '61-68',
    doi: '10.2478/rir-2022-0011',
    pmid: '36465325',
    pmcid: 'PMC9524813',
  },
  {
    authors: ['Zhang P', 'Dong B', 'Yuan P', 'Li X'],
    title:
      'Human umbilical cord mesenchymal stem cells promoting knee joint chondrogenesis for the treatment of knee osteoarthritis: a systematic review',
    journal: 'J Orthop Surg Res',
    year: 2023,
    month: 8,
    day: 29,
    volume: '18',
    issue: '1',
    pages: '639',
    doi: '10.1186/s13018-023-04131-7',
    pmid: '37644595',
    pmcid: 'PMC10466768',
  },
  {
    authors: ['Sivandzade F', 'Cucullo L'],
    title: 'Regenerative Stem Cell Therapy for Neurodegenerative Diseases: An Overview',
    journal: 'Int J Mol Sci',
    year: 2021,
    month: 2,
    day: 22,
    volume: '22',
    issue: '4',
    pages: '2153',
    doi: '10.3390/ijms22042153',
    pmid: '33671500',
    pmcid: 'PMC7926761',
  },
  {
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
  },
  {
    authors: ['Tambe P', 'Undale V', 'Sanap A', 'Bhonde R', 'Mante N'],
    // The site has a curly apostrophe; PubMed writes a straight one.
    title: "The prospective role of mesenchymal stem cells in Parkinson's disease",
    journal: 'Parkinsonism Relat Disord',
    year: 2024,
    month: 10,
    volume: '127',
    pages: '107087',
    doi: '10.1016/j.parkreldis.2024.107087',
    pmid: '39142905',
    epubDate: '2024-08-10',
  },
]

describe('the citations of the legacy site (shared/legacy-site/current-site-1.txt)', () => {
  it('has exactly five citation lines, one of them without "Source:"', () => {
    expect(citationLines).toHaveLength(5)
    expect(citationLines.filter((line) => !line.startsWith('Source:'))).toHaveLength(1)
  })

  it.each(expectedCitations.map((citation, index) => ({ index, citation })))(
    'reads every field of citation $index ($citation.authors.0, $citation.journal $citation.year)',
    ({ index, citation }) => {
      const result = parseCitation(citationLines[index]!)
      if (!result.ok) expect.fail(`citation ${index} failed: ${JSON.stringify(result.errors)}`)
      expect(result.citation).toStrictEqual(citation)
    },
  )

  it('warns only that the Parkinson paper has no PMCID', () => {
    const warningCodes = citationLines.map((line) => {
      const result = parseCitation(line)
      return result.ok ? result.warnings.map((warning) => warning.code) : ['failed']
    })
    expect(warningCodes).toStrictEqual([[], [], [], [], ['missing-pmcid']])
  })
})
