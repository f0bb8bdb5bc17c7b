import { normalizeDoi, normalizePmcid, normalizePmid } from './identifiers'

/** Characters allowed as they are in one segment of a URL path (RFC 3986 "pchar"). */
const SEGMENT_SAFE = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]$/

/** Percent-encodes what a URL path cannot hold; "/" is kept only when asked (DOIs contain it). */
function encodeForPath(text: string, { keepSlash }: { keepSlash: boolean }): string {
  let encoded = ''
  for (const character of text) {
    if (SEGMENT_SAFE.test(character) || (keepSlash && character === '/')) {
      encoded += character
      continue
    }
    try {
      encoded += encodeURIComponent(character)
    } catch {
      // A lone surrogate cannot be encoded as UTF-8; the replacement character stands in.
      encoded += '%EF%BF%BD'
    }
  }
  return encoded
}

/** Uses the normalised identifier when the input is a valid one, the trimmed input otherwise. */
function normalizedOrAsGiven(input: string, normalize: (text: string) => { ok: boolean; value?: string }): string {
  const normalized = normalize(input)
  return normalized.ok && normalized.value !== undefined ? normalized.value : String(input).trim()
}

/**
 * https://doi.org/<doi>. Characters a URL path cannot hold ("<", ">", "#", "?", "%", spaces, …)
 * are percent-encoded; "/" and the parentheses common in DOIs are kept, as doi.org expects.
 */
export function doiUrl(doi: string): string {
  return `https://doi.org/${encodeForPath(normalizedOrAsGiven(doi, normalizeDoi), { keepSlash: true })}`
}

export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${encodeForPath(normalizedOrAsGiven(pmid, normalizePmid), { keepSlash: false })}/`
}

export function pmcUrl(pmcid: string): string {
  return `https://pmc.ncbi.nlm.nih.gov/articles/${encodeForPath(normalizedOrAsGiven(pmcid, normalizePmcid), { keepSlash: false })}/`
}
