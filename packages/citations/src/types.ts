/**
 * One journal article, in the shape PubMed prints it. Every string is stored the way PubMed
 * writes it (author names, journal abbreviation, pages) so the NLM format can be rebuilt exactly.
 */
export interface Citation {
  /** As PubMed writes them: "Prockop DJ", "Le Blanc K". A group author is one entry. */
  authors: string[]
  /** No trailing full stop; a trailing "?" or "!" is part of the title and kept. */
  title: string
  /** NLM abbreviation as written, e.g. "Front Immunol". */
  journal: string
  year: number
  /** 1-12 */
  month?: number
  day?: number
  volume?: string
  issue?: string
  /** As written: "315-7", "107087", "eaba6884", "S1-S10". */
  pages?: string
  /** Lower-case, without a "doi:" or URL prefix. */
  doi?: string
  /** Digits only. */
  pmid?: string
  /** "PMC" followed by digits. */
  pmcid?: string
  /** ISO date: YYYY-MM-DD, or YYYY-MM / YYYY when less is known. */
  epubDate?: string
}

export interface CitationIssue {
  /** The field the issue is about, or null when it is about the text as a whole. */
  field: keyof Citation | null
  /** Stable, machine-readable identifier, e.g. "required" or "missing-pmcid". */
  code: string
  /** Plain words an editor understands, naming the field. */
  message: string
}

export type ValidationResult = { ok: true; citation: Citation; warnings: CitationIssue[] } | { ok: false; errors: CitationIssue[] }

export type ParseResult = ValidationResult

export type Normalized = { ok: true; value: string } | { ok: false; message: string }

export type CitationStyle = 'nlm' | 'ama'
