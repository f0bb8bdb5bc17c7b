/** Month abbreviations exactly as PubMed prints them ("2023 Feb 24"). */
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** Full month names, as AMA style spells them ("Published online March 5, 2024"). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

export interface PartialDate {
  year: number
  month?: number
  day?: number
}

/** 1-12 for "Feb", "february", "Sept"; undefined for anything else (including seasons). */
export function monthFromName(name: string): number | undefined {
  const lower = name.toLowerCase()
  if (lower === 'sept') return 9
  const index = MONTH_NAMES.findIndex((full, i) => lower === full.toLowerCase() || lower === MONTH_ABBREVIATIONS[i]!.toLowerCase())
  return index === -1 ? undefined : index + 1
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function isWholeNumberIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max
}

export function isRealDate({ year, month, day }: PartialDate): boolean {
  if (!Number.isInteger(year)) return false
  if (month === undefined) return day === undefined
  if (!isWholeNumberIn(month, 1, 12)) return false
  return day === undefined || isWholeNumberIn(day, 1, daysInMonth(year, month))
}

const pad2 = (n: number): string => String(n).padStart(2, '0')

/** "2024-08-10", "2024-08" or "2024": as much as is known. */
export function toIsoDate({ year, month, day }: PartialDate): string {
  const yearText = String(year).padStart(4, '0')
  if (month === undefined) return yearText
  if (day === undefined) return `${yearText}-${pad2(month)}`
  return `${yearText}-${pad2(month)}-${pad2(day)}`
}

/** The reverse of toIsoDate; undefined unless the text is a real date in one of its three shapes. */
export function parseIsoDate(text: string): PartialDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text)
  if (!match) return undefined
  const date: PartialDate = { year: Number(match[1]) }
  if (match[2] !== undefined) date.month = Number(match[2])
  if (match[3] !== undefined) date.day = Number(match[3])
  return isRealDate(date) ? date : undefined
}

/** "2023 Feb 24", "2024 Oct", "2022": PubMed's way of writing a date. */
export function formatNlmDate({ year, month, day }: PartialDate): string {
  let text = String(year)
  if (month !== undefined) text += ` ${MONTH_ABBREVIATIONS[month - 1] ?? month}`
  if (month !== undefined && day !== undefined) text += ` ${day}`
  return text
}

/** "March 5, 2024", "March 2024", "2024": AMA's way of writing a date. */
export function formatAmaDate({ year, month, day }: PartialDate): string {
  if (month === undefined) return String(year)
  const name = MONTH_NAMES[month - 1] ?? String(month)
  return day === undefined ? `${name} ${year}` : `${name} ${day}, ${year}`
}

/**
 * A simple PubMed date: "2024", "2024 Aug", "2024 Aug 10" (month names in any case, full or
 * abbreviated), or ISO "2024-08-10". Used for "Epub" dates, which are never ranges or seasons.
 */
export function parseSimpleDate(text: string): PartialDate | undefined {
  const iso = parseIsoDate(text)
  if (iso) return iso
  const match = /^(\d{4})(?: ([A-Za-z]{3,9})\.?(?: (\d{1,2}))?)?$/.exec(text)
  if (!match) return undefined
  const date: PartialDate = { year: Number(match[1]) }
  if (match[2] !== undefined) {
    const month = monthFromName(match[2])
    if (month === undefined) return undefined
    date.month = month
  }
  if (match[3] !== undefined) date.day = Number(match[3])
  return date
}
