import { normalizeDoi, normalizePmcid, normalizePmid } from '../identifiers'
import { collapseWhitespace } from '../text'

export type IdentifierKind = 'pmid' | 'doi' | 'pmcid'

export type RecognizedIdentifier = { ok: true; kind: IdentifierKind; value: string } | { ok: false; message: string }

/**
 * Which normaliser a pasted text is tried with, in order. A PMCID or DOI cannot be mistaken for
 * another kind (they start with "PMC" or "10."), so they go first; a bare number is a PMID.
 * Each normaliser already accepts its own links (pubmed.ncbi.nlm.nih.gov, doi.org, dx.doi.org,
 * www.ncbi.nlm.nih.gov/pmc/articles, pmc.ncbi.nlm.nih.gov/articles) and labels ("PMID:", "doi:").
 */
const RECOGNIZERS: ReadonlyArray<{ kind: IdentifierKind; looksLike: RegExp; normalize: typeof normalizeDoi }> = [
  { kind: 'pmcid', looksLike: /(?:^|[/:\s])pmc\s?\d/i, normalize: normalizePmcid },
  { kind: 'doi', looksLike: /(?:^|[/:\s])10\.\d{4,9}/, normalize: normalizeDoi },
  { kind: 'pmid', looksLike: /\d/, normalize: normalizePmid },
]

/** Recognises a PMID, DOI or PMCID, bare, labelled or as a link, and returns it normalised. */
export function recognizeIdentifier(input: string): RecognizedIdentifier {
  const text = typeof input === 'string' ? collapseWhitespace(input) : ''
  if (text === '') return { ok: false, message: 'Paste a PMID, a DOI, a PMCID or a PubMed, doi.org or PMC link.' }
  for (const { kind, looksLike, normalize } of RECOGNIZERS) {
    if (!looksLike.test(text)) continue
    const normalized = normalize(text)
    if (normalized.ok) return { ok: true, kind, value: normalized.value }
    return { ok: false, message: normalized.message }
  }
  return {
    ok: false,
    message: `"${text}" is not a PMID, DOI or PMCID: paste e.g. 36911700, 10.3389/fimmu.2023.1141601, PMC9999104 or a PubMed link.`,
  }
}
