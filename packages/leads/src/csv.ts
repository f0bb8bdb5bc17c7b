/**
 * CSV for spreadsheets that treat a cell starting with = + - @ (or a tab or carriage return before
 * one) as a formula. Such cells get a leading apostrophe, so a visitor's "=HYPERLINK(…)" stays text
 * (OWASP "CSV injection"). Every cell is quoted and inner quotes doubled, so commas, quotes and
 * line breaks in messages stay inside their cell.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export type CsvValue = string | number | boolean | null | undefined | Date

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '""'
  const text = value instanceof Date ? value.toISOString() : String(value)
  return `"${neutraliseFormula(text).replace(/"/g, '""')}"`
}

/** One line, CRLF-terminated as RFC 4180 asks. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`
}

/** Excel opens UTF-8 CSV correctly only with a byte-order mark. */
export const CSV_BOM = '\uFEFF'
