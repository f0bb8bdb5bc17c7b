import type { Random } from './random'
import { JOURNALS, SURNAMES, TOPICS } from './vocabulary'

export interface GeneratedCitation {
  id: number
  label: string
  title: string
  journal: string
  year: number
  volume: string
  issue: string
  pages: string
  doi: string
  pmid: string
  pmcid: string | null
  authors: string[]
}

const PAPER_PATTERNS = [
  (topic: string) => `Safety and efficacy of ${topic}: a multicentre study`,
  (topic: string) => `Long-term outcomes after treatment with ${topic}`,
  (topic: string) => `Mechanisms of ${topic} in tissue repair`,
  (topic: string) => `${topic[0]!.toUpperCase()}${topic.slice(1)} versus standard care: a randomised trial`,
]

/** PubMed-like papers with unique DOI and PMID (both have unique indexes in the CMS). */
export function generateCitation(random: Random, id: number): GeneratedCitation {
  const topic = random.pick(TOPICS).phrase
  const authors = Array.from(
    { length: random.int(2, 8) },
    () => `${random.pick(SURNAMES)} ${random.hex(2).toUpperCase().replace(/[0-9]/g, 'J')}`,
  )
  const journal = random.pick(JOURNALS)
  const year = random.int(2005, 2025)
  const firstPage = random.int(1, 1800)
  return {
    id,
    // The CMS's own label format (see @clinic/citations formatShortLabel): "Xia Y et al., Front Immunol 2023".
    label: `${authors[0]}${authors.length > 1 ? ' et al.' : ''}, ${journal} ${year}`,
    title: random.pick(PAPER_PATTERNS)(topic),
    journal,
    year,
    volume: String(random.int(1, 80)),
    issue: String(random.int(1, 12)),
    pages: `${firstPage}-${firstPage + random.int(5, 20)}`,
    doi: `10.${random.int(1000, 9999)}/bench.${id}`,
    pmid: String(20_000_000 + id),
    pmcid: random.chance(0.4) ? `PMC${8_000_000 + id}` : null,
    authors,
  }
}
