export { importLegacyExport, type ImportOptions } from './importLegacyExport'
export { formatReport, progressLine, summaryOf } from './formatReport'
export type { ImportReport, ImportTotals, PageAction, PageOutcome } from './types'
