import type { Clock } from '../../src/lookup/index'

/** A clock whose sleeps return at once and move time forward, recording each wait. */
export function fakeClock(): Clock & { waits: number[]; time: number } {
  const clock = {
    time: 0,
    waits: [] as number[],
    now: () => clock.time,
    sleep: async (milliseconds: number) => {
      clock.waits.push(milliseconds)
      clock.time += milliseconds
    },
  }
  return clock
}
