import { TZDate } from '@date-fns/tz'

/**
 * The clinic's time zone (Site settings → Time zone): every time the admin shows or takes in is
 * read in it and named, so a publisher in another zone schedules 9:00 at the clinic, not at home
 * (issue 18). Pure functions, used by the server and the admin's client components alike.
 */
export const DEFAULT_CLINIC_TIME_ZONE = 'America/New_York'

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** "Dec 4, 2026, 9:30 AM EST": a stored instant as the clinic's clock shows it, zone named. */
export function formatClinicTime(value: string | Date | null | undefined, timeZone: string): string {
  if (!value) return '—'
  return new Date(value).toLocaleString('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  })
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/**
 * What a `datetime-local` box holds ("2027-01-15T09:30"), read as the clinic's wall-clock time, as
 * an ISO instant. Null for anything else. Times a daylight-saving change skips are moved forward
 * by date-fns, as clocks are.
 */
export function clinicWallTimeToInstant(wallTime: string, timeZone: string): string | null {
  const match = WALL_TIME.exec(wallTime)
  if (!match) return null
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[]
  const instant = new TZDate(year!, month! - 1, day!, hour!, minute!, Number.isNaN(second) ? 0 : second!, timeZone)
  return Number.isNaN(instant.getTime()) ? null : new Date(instant.getTime()).toISOString()
}

/** The other way: an instant as the `datetime-local` value the clinic's clock shows. */
export function instantToClinicWallTime(instant: string | Date, timeZone: string): string {
  const zoned = new TZDate(new Date(instant).getTime(), timeZone)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}T${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`
}
