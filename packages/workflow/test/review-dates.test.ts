import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isReviewOverdue, nextReviewDue, reviewReminderStage } from '../src'

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const dueDay = (reviewed: string, months?: number) => nextReviewDue(utc(reviewed), months).toISOString().slice(0, 10)

describe('nextReviewDue', () => {
  it('is 12 calendar months later by default, same time of day', () => {
    expect(nextReviewDue(new Date('2025-03-15T10:30:00.000Z')).toISOString()).toBe('2026-03-15T10:30:00.000Z')
  })

  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-03-31', 6, '2025-09-30'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-05-20', 0, '2025-05-20'],
    ['2025-03-31', -1, '2025-02-28'],
  ])('clamps to the month end: %s + %i months = %s', (reviewed, months, due) => {
    expect(dueDay(reviewed, months)).toBe(due)
  })

  it('handles leap days: 29 Feb + 12 months is 28 Feb, + 48 months is 29 Feb again', () => {
    expect(dueDay('2024-02-29')).toBe('2025-02-28')
    expect(dueDay('2024-02-29', 48)).toBe('2028-02-29')
    expect(dueDay('2023-02-28', 12)).toBe('2024-02-28')
  })

  it('does not change the date it was given', () => {
    const reviewed = utc('2025-01-31')
    nextReviewDue(reviewed, 1)
    expect(reviewed.toISOString()).toBe('2025-01-31T00:00:00.000Z')
  })

  it('rejects an invalid date or a fractional interval', () => {
    expect(() => nextReviewDue(new Date('not a date'))).toThrow(RangeError)
    expect(() => nextReviewDue(utc('2025-01-01'), 1.5)).toThrow(RangeError)
  })

  it('always lands in the right calendar month, on the same day or the month’s last day', () => {
    const dates = fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true })
    fc.assert(
      fc.property(dates, fc.integer({ min: -240, max: 240 }), (reviewed, months) => {
        const due = nextReviewDue(reviewed, months)
        const monthsApart = (due.getUTCFullYear() - reviewed.getUTCFullYear()) * 12 + due.getUTCMonth() - reviewed.getUTCMonth()
        expect(monthsApart).toBe(months)
        const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate()
        expect(due.getUTCDate()).toBe(Math.min(reviewed.getUTCDate(), lastDay))
        expect(due.getTime() % 86_400_000).toBe(reviewed.getTime() % 86_400_000)
      }),
    )
  })
})

describe('isReviewOverdue', () => {
  const due = '2026-03-15T00:00:00.000Z'

  it('is false before the due date and at the due moment itself', () => {
    expect(isReviewOverdue(due, new Date('2026-03-14T23:59:59.999Z'))).toBe(false)
    expect(isReviewOverdue(due, new Date(due))).toBe(false)
  })

  it('is true once the due moment has passed, for strings and dates alike', () => {
    expect(isReviewOverdue(due, new Date('2026-03-15T00:00:00.001Z'))).toBe(true)
    expect(isReviewOverdue(new Date(due), new Date('2027-01-01T00:00:00.000Z'))).toBe(true)
  })

  it.each([null, undefined, '', 'someday'])('is false when there is no readable due date (%j)', (missing) => {
    expect(isReviewOverdue(missing, new Date('2100-01-01'))).toBe(false)
  })
})

describe('reviewReminderStage', () => {
  const now = new Date('2026-12-03T07:00:00Z')
  it.each([
    ['2027-02-01T00:00:00Z', null],
    ['2027-01-02T07:00:00Z', 'due-soon'],
    ['2026-12-20T00:00:00Z', 'due-soon'],
    ['2026-12-03T06:59:59Z', 'overdue'],
    [null, null],
    ['not a date', null],
  ] as const)('%s → %s', (due, stage) => {
    expect(reviewReminderStage(due, now)).toBe(stage)
  })

  it('takes another lead time', () => {
    expect(reviewReminderStage('2026-12-20T00:00:00Z', now, 7)).toBeNull()
  })
})
