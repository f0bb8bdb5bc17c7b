import pg from 'pg'

import { startBenchCms } from '../cms/startCms'
import type { BenchOptions } from '../options'
import { startBenchPostgres } from '../postgres'
import type { ReportSection } from '../report'
import { runLoad } from '../load/runLoad'
import { scenariosFor, sampleSlugs } from '../load/scenarios'
import type { LoadFigures } from '../load/stats'
import { Cleanups, describe, prepareScale } from '../load/sweep'
import { backendResidentBytes, samplePeak } from './postgresMemory'
import { WORST_CASE_PATHS } from './worstCase'

/** The bounds the issue asks us to state (issue 15) and check in the same run. */
export const BOUNDS = {
  /** PostgreSQL's resident memory may grow by at most this much under the worst-case load. */
  postgresGrowthBytes: 512 * 2 ** 20,
  /** A visitor's normal read keeps its p99 within this many times its p99 on a quiet server… */
  normalP99Factor: 10,
  /** …and under this many milliseconds, whatever the ratio. */
  normalP99Ms: 1000,
}
const ATTACKERS = 50
const VISITORS = 10

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`
const row = (what: string, f: LoadFigures) =>
  `| ${what} | ${f.requestsPerSecond.toFixed(0)} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.errors} | ${f.non2xx} |`

/**
 * 50 concurrent anonymous callers sending the heaviest reads the limits allow, every one a cache
 * miss, while 10 visitors read the site's usual pages: how far PostgreSQL's memory grows and how
 * slow the visitors' reads get, against the same reads on a quiet server in the same run.
 */
export async function boundedLoadSection(options: BenchOptions): Promise<ReportSection> {
  const scale = options.scales.includes(10_000) ? 10_000 : options.scales[options.scales.length - 1]!
  const cleanups = new Cleanups()
  try {
    const postgres = await startBenchPostgres()
    cleanups.add(() => postgres.stop())
    console.log(`\n▶ bounded load at ${scale.toLocaleString('en')} articles`)
    const { url } = await prepareScale(postgres, scale, options.reuse)
    const db = new pg.Client({ connectionString: url })
    await db.connect()
    cleanups.add(() => db.end())
    const normal = scenariosFor(await sampleSlugs(db, 200)).flatMap((scenario) => (scenario.name === 'search' ? [] : scenario.cmsPaths))
    const cms = await startBenchCms(url, { cache: true })
    cleanups.add(() => cms.stop())

    const visitors = (durationSeconds: number) =>
      runLoad({ baseUrl: cms.url, paths: normal, connections: VISITORS, durationSeconds, warmupSeconds: options.warmup })
    const quiet = await visitors(options.duration)
    console.log(`  visitors alone        ${describe(quiet)}`)

    const database = new URL(url).pathname.slice(1)
    const memory = () => backendResidentBytes(db, database)
    const before = await memory()
    const sampler = samplePeak(memory, 250)
    const [attack, busy] = await Promise.all([
      runLoad({
        baseUrl: cms.url,
        paths: [...WORST_CASE_PATHS],
        connections: ATTACKERS,
        durationSeconds: options.duration + options.warmup,
        warmupSeconds: 0,
        unique: true,
      }),
      visitors(options.duration),
    ])
    const peak = await sampler.stop()
    console.log(`  worst-case callers    ${describe(attack)}`)
    console.log(`  visitors meanwhile    ${describe(busy)}`)
    console.log(`  PostgreSQL backends   ${mb(before)} before, ${mb(peak)} at peak`)

    const growth = Math.max(0, peak - before)
    const factor = busy.p99 / quiet.p99
    const checks = [
      [`PostgreSQL memory growth ≤ ${mb(BOUNDS.postgresGrowthBytes)}`, mb(growth), growth <= BOUNDS.postgresGrowthBytes],
      [`visitors' p99 ≤ ${BOUNDS.normalP99Factor}× quiet`, `${factor.toFixed(2)}×`, factor <= BOUNDS.normalP99Factor],
      [`visitors' p99 ≤ ${BOUNDS.normalP99Ms} ms`, `${busy.p99.toFixed(0)} ms`, busy.p99 <= BOUNDS.normalP99Ms],
      ['worst-case reads refused as over the limits (they are within them)', String(attack.non2xx), attack.non2xx === 0],
    ] as const
    const markdown = [
      `${scale.toLocaleString('en')} articles; ${ATTACKERS} connections send the heaviest anonymous reads the limits allow (ten \`or\` conditions over a relationship with \`like\`, depth 3, 100 per page, a deep page, long searches), each URL new so the response cache never answers; meanwhile ${VISITORS} connections read the published list and articles by slug as the site does. Quiet figures: the same visitors alone, same run.`,
      '',
      '| load | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      row('visitors alone', quiet),
      row(`worst-case callers (${ATTACKERS})`, attack),
      row('visitors meanwhile', busy),
      '',
      `PostgreSQL resident memory of the backends serving this database: ${mb(before)} before, ${mb(peak)} at the peak.`,
      '',
      '| bound | measured | |',
      '| --- | ---: | --- |',
      ...checks.map(([what, measured, met]) => `| ${what} | ${measured} | ${met ? '**met**' : '**not met**'} |`),
    ].join('\n')
    return { title: 'Bounded load: worst-case anonymous queries within the limits', markdown }
  } finally {
    await cleanups.runAll()
  }
}
