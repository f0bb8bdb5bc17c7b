import { lexicalDocument, paragraph } from '@clinic/rich-text'
import { randomBytes } from 'node:crypto'

/** A Lexical editor state with one paragraph per text, as the admin's editor saves it. */
export function richText(...paragraphs: string[]) {
  return lexicalDocument(paragraphs.map(paragraph))
}

export function uniqueSuffix(): string {
  return randomBytes(3).toString('hex')
}

export function articleData(overrides: Record<string, unknown> = {}) {
  const suffix = uniqueSuffix()
  return {
    title: `Mesenchymal stem cells and knee cartilage ${suffix}`,
    type: 'research-summary' as const,
    excerpt: 'A plain-language summary of a systematic review of umbilical-cord cells for knee osteoarthritis.',
    body: richText('Researchers pooled the results of several trials.'),
    ...overrides,
  }
}

export function citationData(overrides: Record<string, unknown> = {}) {
  const n = Math.floor(Math.random() * 1e7)
  return {
    authors: [{ name: 'Zhang P' }, { name: 'Dong B' }, { name: 'Yuan P' }, { name: 'Li X' }],
    title: 'Human umbilical cord mesenchymal stem cells promoting knee joint chondrogenesis',
    journal: 'J Orthop Surg Res',
    year: 2023,
    month: 8,
    day: 29,
    volume: '18',
    issue: '1',
    pages: '639',
    doi: `10.1186/s13018-023-${n}`,
    pmid: String(30_000_000 + n),
    ...overrides,
  }
}

/**
 * Data for a condition or disclaimer fixture that is live at once: the system (local API without a
 * user) approves and publishes it in the same save, through the workflow's rules and gates.
 * Without it a fixture is a draft, which visitors and the publish gates do not see.
 */
export function liveFixture<T extends object>(data: T): T & { workflowState: 'approved'; _status: 'published' } {
  return { ...data, workflowState: 'approved', _status: 'published' }
}
