import { parse } from 'csv-parse/sync'

/** Rows as objects keyed by the header row (the export starts with a BOM for Excel). */
export function csvRecords(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, relax_column_count: true })
}
