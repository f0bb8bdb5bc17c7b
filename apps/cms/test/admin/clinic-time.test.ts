/**
 * Issue 18: times in the admin are the clinic's (Site settings → Time zone), named, whatever the
 * browser's zone. These are the conversions the workflow panel and the desk use.
 */
import { describe, expect, it } from 'vitest'

import { clinicWallTimeToInstant, formatClinicTime, instantToClinicWallTime, isTimeZone } from '../../src/clinicTime'

describe('the clinic’s clock', () => {
  it('reads a schedule typed into the panel as the clinic’s wall-clock time', () => {
    // New York: EST in winter (UTC−5), EDT in summer (UTC−4).
    expect(clinicWallTimeToInstant('2027-01-15T09:30', 'America/New_York')).toBe('2027-01-15T14:30:00.000Z')
    expect(clinicWallTimeToInstant('2027-07-15T09:30', 'America/New_York')).toBe('2027-07-15T13:30:00.000Z')
    // Auckland is a day ahead of UTC in its summer (NZDT, UTC+13).
    expect(clinicWallTimeToInstant('2027-01-15T09:30', 'Pacific/Auckland')).toBe('2027-01-14T20:30:00.000Z')
    expect(clinicWallTimeToInstant('2027-01-15 09:30', 'America/New_York')).toBeNull()
    expect(clinicWallTimeToInstant('', 'America/New_York')).toBeNull()
  })

  it('shows a stored instant on the clinic’s clock with the zone named, and back', () => {
    expect(formatClinicTime('2027-01-15T14:30:00.000Z', 'America/New_York')).toBe('Jan 15, 2027, 9:30 AM EST')
    expect(formatClinicTime('2027-07-15T13:30:00.000Z', 'America/New_York')).toBe('Jul 15, 2027, 9:30 AM EDT')
    expect(formatClinicTime(null, 'America/New_York')).toBe('—')
    expect(instantToClinicWallTime('2027-01-14T20:30:00.000Z', 'Pacific/Auckland')).toBe('2027-01-15T09:30')
  })

  it('knows a time zone name from anything else', () => {
    expect(isTimeZone('Europe/London')).toBe(true)
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false)
    expect(isTimeZone('')).toBe(false)
    expect(isTimeZone(5)).toBe(false)
  })
})
