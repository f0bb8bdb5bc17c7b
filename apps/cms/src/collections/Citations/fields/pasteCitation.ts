import type { UIField } from 'payload'

/**
 * The "Paste a citation" box. A UI field: it stores nothing, it only fills the real fields in the
 * form, which the editor then reviews and saves as usual.
 */
export const pasteCitationField: UIField = {
  name: 'pasteCitation',
  type: 'ui',
  admin: {
    components: {
      Field: '/collections/Citations/components/PasteCitation#PasteCitation',
    },
  },
}

/** "Look up by PMID, DOI or PMCID": fills the fields from PubMed or Crossref (POST /api/citations/lookup). */
export const lookupCitationField: UIField = {
  name: 'lookupCitation',
  type: 'ui',
  admin: {
    components: {
      Field: '/collections/Citations/components/LookupCitation#LookupCitation',
    },
  },
}
