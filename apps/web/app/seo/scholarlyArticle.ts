import type { Citation } from '@clinic/shared-types'

import { compact, type JsonLdNode } from './jsonLd'

const pad = (value: number) => String(value).padStart(2, '0')

/** "2019", "2019-12" or "2019-12-10" (ISO 8601), as precise as the citation is. */
function publicationDate(citation: Citation): string {
  if (!citation.month) return String(citation.year)
  const month = `${citation.year}-${pad(citation.month)}`
  return citation.day ? `${month}-${pad(citation.day)}` : month
}

/** The source paper, with its DOI and PMID as identifiers and links to doi.org and PubMed. */
export function scholarlyArticle(citation: Citation): JsonLdNode {
  const doiUrl = citation.doi ? `https://doi.org/${citation.doi}` : undefined
  const pubmedUrl = citation.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${citation.pmid}/` : undefined
  return compact({
    '@type': 'ScholarlyArticle',
    headline: citation.title,
    name: citation.title,
    author: citation.authors.map((author) => ({ '@type': 'Person', name: author.name })),
    datePublished: publicationDate(citation),
    isPartOf: { '@type': 'Periodical', name: citation.journal },
    url: doiUrl ?? pubmedUrl,
    sameAs: [doiUrl, pubmedUrl].filter(Boolean),
    identifier: [
      citation.doi ? { '@type': 'PropertyValue', propertyID: 'DOI', value: citation.doi } : undefined,
      citation.pmid ? { '@type': 'PropertyValue', propertyID: 'PMID', value: citation.pmid } : undefined,
      citation.pmcid ? { '@type': 'PropertyValue', propertyID: 'PMCID', value: citation.pmcid } : undefined,
    ].filter(Boolean),
  })
}
