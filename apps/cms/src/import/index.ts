export { importLegacyExport } from './importLegacyExport'
export { importExportFile } from './importFile'
export { formatReport, progressLine, summaryOf } from './formatReport'
export type { ImportReport } from './types'
