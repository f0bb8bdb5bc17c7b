export { importLegacyExport } from './importLegacyExport'
export { formatReport, progressLine, summaryOf } from './formatReport'
export type { ImportReport } from './types'
