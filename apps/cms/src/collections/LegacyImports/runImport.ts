import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { importLegacyExport, summaryOf } from '../../import'

/** On create: imports the uploaded export in this save's transaction and stores its report. */
export const runImport: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const file = req.file
  if (!file?.data)
    throw new APIError('Choose the export file to import: the site’s text export (.txt) or a WordPress export (.xml).', 400, null, true)
  const text = new TextDecoder('utf-8').decode(file.data)
  const report = await importLegacyExport(req.payload, { text, fileName: file.name, req })
  if (!report.ok) throw new APIError(`This file was not imported: ${report.error}`, 400, null, true)
  return { ...data, report, summary: summaryOf(report) }
}
