import { doiUrl, pmcUrl, pubmedUrl } from '@clinic/citations'
import type { Citation } from '@clinic/shared-types'

/** Where to read the paper: its DOI (the publisher), PubMed, and the free full text on PubMed Central. */
export function CitationLinks({ citation }: { citation: Citation }) {
  const links = [
    citation.doi ? { href: doiUrl(citation.doi), label: 'Publisher (DOI)', detail: citation.doi } : undefined,
    citation.pmid ? { href: pubmedUrl(citation.pmid), label: 'PubMed', detail: `PMID ${citation.pmid}` } : undefined,
    citation.pmcid ? { href: pmcUrl(citation.pmcid), label: 'Free full text (PubMed Central)', detail: citation.pmcid } : undefined,
  ].filter((link) => link !== undefined)
  if (links.length === 0) return null
  return (
    <ul className="citation-links" role="list">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} rel="external noopener">
            {link.label}
            <span className="citation-links__detail"> {link.detail}</span>
          </a>
        </li>
      ))}
    </ul>
  )
}
