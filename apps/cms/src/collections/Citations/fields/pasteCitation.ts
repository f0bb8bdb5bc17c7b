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
