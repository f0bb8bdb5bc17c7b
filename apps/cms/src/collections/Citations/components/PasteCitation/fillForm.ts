import type { Citation as CitationData } from '@clinic/citations'
import type { useForm } from '@payloadcms/ui'

type Form = Pick<ReturnType<typeof useForm>, 'addFieldRow' | 'dispatchFields' | 'getField' | 'removeFieldRow' | 'setModified'>

/** Every form field the paste box fills; one missing from the citation is emptied. */
const SCALAR_FIELDS = [
  'title',
  'journal',
  'year',
  'month',
  'day',
  'epubDate',
  'volume',
  'issue',
  'pages',
  'doi',
  'pmid',
  'pmcid',
] as const satisfies readonly (keyof CitationData)[]

/**
 * Puts a parsed citation into the edit form, replacing what was there (a field the new paper
 * lacks is emptied, so nothing of a previously pasted paper survives). Only the form changes: the
 * editor reviews it and saves as usual, and the save is validated on the server like any other.
 */
export function fillForm(form: Form, citation: CitationData): void {
  const existingRows = form.getField('authors')?.rows?.length ?? 0
  for (let index = existingRows - 1; index >= 0; index -= 1) {
    form.removeFieldRow({ path: 'authors', rowIndex: index })
  }
  citation.authors.forEach((name, rowIndex) => {
    form.addFieldRow({
      path: 'authors',
      schemaPath: 'authors',
      rowIndex,
      subFieldState: { name: { initialValue: name, value: name, valid: true } },
    })
  })

  for (const field of SCALAR_FIELDS) {
    // Clears any error from an earlier failed save too; the next save checks again.
    form.dispatchFields({ type: 'UPDATE', path: field, value: citation[field] ?? null, valid: true, errorMessage: undefined })
  }
  form.setModified(true)
}
