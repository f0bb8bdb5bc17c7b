// One fixed zone, so the server's HTML and the browser's hydration print the same date.
const LONG_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })

/** "December 10, 2019"; undefined for a missing or unreadable date. */
export function formatDate(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? undefined : LONG_DATE.format(date)
}

/** The machine-readable form for <time dateTime>. */
export function isoDate(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10)
}
