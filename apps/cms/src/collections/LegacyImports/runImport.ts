import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { importExportFile, summaryOf } from '../../import'

/** On create: imports the uploaded export in this save's transaction and stores its report. */
export const runImport: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const file = req.file
  if (!file?.data)
    throw new APIError(
      'Choose the export file to import: the site’s text export (.txt), a WordPress export (.xml), or a zip of a WordPress export with its wp-content/uploads folder.',
      400,
      null,
      true,
    )
  const report = await importExportFile(req.payload, { data: file.data, fileName: file.name, req })
  if (!report.ok) throw new APIError(`This file was not imported: ${report.error}`, 400, null, true)
  return { ...data, report, summary: summaryOf(report) }
}
