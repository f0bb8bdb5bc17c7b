import { readFile } from 'node:fs/promises'

import type pg from 'pg'

/**
 * Memory of the PostgreSQL backends serving one database (the CMS's connections and any other),
 * read from /proc for the pids `pg_stat_activity` lists: what the "PostgreSQL's memory"
 * means when one request could grow a backend by gigabytes. Counts only this database's backends,
 * so other clusters or databases on the machine do not blur it. The proportional set size (Pss)
 * splits shared buffers between the processes that touched them, so the sum is not inflated by
 * every backend counting the same pages.
 */
export async function backendResidentBytes(db: pg.ClientBase, database: string): Promise<number> {
  const { rows } = await db.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
    database,
  ])
  let total = 0
  for (const { pid } of rows) {
    try {
      const pss = /^Pss:\s+(\d+) kB/m.exec(await readFile(`/proc/${pid}/smaps_rollup`, 'utf8'))
      if (pss) total += Number(pss[1]) * 1024
    } catch {
      // The backend ended between the query and the read.
    }
  }
  return total
}

/** Samples every `intervalMs` until stopped; returns the peak. */
export function samplePeak(sample: () => Promise<number>, intervalMs: number): { stop(): Promise<number> } {
  let peak = 0
  let running = true
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await sample())
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      return peak
    },
  }
}
