import type { ReportSection } from '../report'
import { SCENARIOS, type ScenarioName } from './scenarios'
import type { LoadFigures } from './stats'
import { type ScaleResult, TARGETS, type Target } from './sweep'

/** The targets (issue 10). */
const TARGET_LIST_THROUGHPUT = 0.5
const TARGET_LIST_P99 = 2
const TARGET_SEARCH_P95_MS = 50
const TARGET_P95_GROWTH = 2

const ms = (value: number | null | undefined) => (typeof value === 'number' && Number.isFinite(value) ? value.toFixed(1) : '–')
const ratio = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`)
const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? '**met**' : '**not met**')

function table(result: ScaleResult): string {
  const lines = [
    `### ${result.scale.toLocaleString('en')} articles (${result.published.toLocaleString('en')} published)` +
      (result.generatedSeconds === null ? ', database reused' : `, generated in ${result.generatedSeconds.toFixed(0)} s`),
    '',
    '| read | server | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const scenario of SCENARIOS) {
    for (const target of TARGETS) {
      const f = result.figures[target][scenario]
      if (!f) continue
      lines.push(
        `| ${scenario} | ${target} | ${f.requestsPerSecond.toFixed(0)} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${f.errors} | ${f.non2xx} |`,
      )
    }
  }
  return lines.join('\n')
}

const figure = (result: ScaleResult | undefined, target: Target, scenario: ScenarioName): LoadFigures | undefined =>
  result?.figures[target][scenario]

interface Check {
  what: string
  measured: string
  met: boolean | undefined
}

function checks(results: ScaleResult[]): Check[] {
  const at = (scale: number) => results.find((r) => r.scale === scale)
  const smallest = results[0]
  const largest = results[results.length - 1]
  // The targets name 10k and 100k; a quick run with other scales reports its nearest stand-in.
  const ten = at(10_000) ?? largest
  const hundred = at(100_000) ?? largest
  const growthLabel = at(1000) && at(100_000) ? '1k→100k' : `${smallest?.scale ?? '?'}→${largest?.scale ?? '?'}`
  const out: Check[] = []
  for (const target of ['cms', 'cms uncached'] as const) {
    const floorList = figure(ten, 'floor', 'list')
    const list = figure(ten, target, 'list')
    const throughput = list && floorList ? list.requestsPerSecond / floorList.requestsPerSecond : undefined
    out.push({
      what: `list throughput ${target}/floor at ${ten?.scale ?? '–'} (≥ ${TARGET_LIST_THROUGHPUT})`,
      measured: ratio(throughput),
      met: throughput === undefined ? undefined : throughput >= TARGET_LIST_THROUGHPUT,
    })
    const p99 = list && floorList ? list.p99 / floorList.p99 : undefined
    out.push({
      what: `list p99 ${target}/floor at ${ten?.scale ?? '–'} (≤ ${TARGET_LIST_P99})`,
      measured: ratio(p99),
      met: p99 === undefined ? undefined : p99 <= TARGET_LIST_P99,
    })
    const search = figure(hundred, target, 'search')
    out.push({
      what: `search p95 ${target} at ${hundred?.scale ?? '–'} (≤ ${TARGET_SEARCH_P95_MS} ms)`,
      measured: `${ms(search?.p95)} ms (floor ${ms(figure(hundred, 'floor', 'search')?.p95)} ms)`,
      met: search === undefined ? undefined : Number.isFinite(search.p95) && search.p95 <= TARGET_SEARCH_P95_MS,
    })
    const patient = figure(hundred, target, 'patient search')
    out.push({
      what: `patient search (typos, aliases) p95 ${target} at ${hundred?.scale ?? '–'} (≤ ${TARGET_SEARCH_P95_MS} ms)`,
      measured: `${ms(patient?.p95)} ms`,
      met: patient === undefined ? undefined : Number.isFinite(patient.p95) && patient.p95 <= TARGET_SEARCH_P95_MS,
    })
    for (const scenario of ['list', 'search'] as const) {
      const from = figure(smallest, target, scenario)
      const to = figure(largest, target, scenario)
      const growth = from && to && results.length > 1 ? to.p95 / from.p95 : undefined
      const floorFrom = figure(smallest, 'floor', scenario)
      const floorTo = figure(largest, 'floor', scenario)
      const floorGrowth = floorFrom && floorTo && results.length > 1 ? floorTo.p95 / floorFrom.p95 : undefined
      out.push({
        what: `${scenario} p95 growth ${growthLabel}, ${target} (≤ ${TARGET_P95_GROWTH}×)`,
        measured: `${ratio(growth)} (floor ${ratio(floorGrowth)})`,
        met: growth === undefined ? undefined : growth <= TARGET_P95_GROWTH,
      })
    }
  }
  return out
}

export function checksTable(results: ScaleResult[]): string {
  return [
    '| target | measured | verdict |',
    '| --- | --- | --- |',
    ...checks(results).map((c) => `| ${c.what} | ${c.measured} | ${verdict(c.met)} |`),
  ].join('\n')
}

/** The CMS load section: method, one table per scale, then the ratios the targets are stated in. */
export function cmsLoadSection(results: ScaleResult[], settings: { duration: number; warmup: number; connections: number }): ReportSection {
  const method = [
    `autocannon in a separate process on loopback, ${settings.connections} connections; every path of a rotation read once, then ${settings.warmup} s warm-up, then ` +
      `${settings.duration} s measured per read and server; latencies are exact percentiles over every response.`,
    '*floor*: node:http + pg answering the same reads with the fewest plain queries (benchmarks/src/floor). ' +
      '*cms*: the built CMS (`next start`) with its response cache; *cms uncached*: the same with `RESPONSE_CACHE=off`, ' +
      'what every request costs right after a publish invalidates the cache.',
    "*list*: the site's card list (12 newest published, depth 1); *by slug*: one article with citations and conditions, " +
      'rotating over 500 slugs; *search*: GET /api/articles/search over 12 queries from rare terms to ones in ~30% of articles; ' +
      '*patient search*: the same endpoint over 12 misspelled, run-together, alias and abbreviation queries (issue 21), ' +
      'which the CMS corrects and expands and the floor answers exactly as typed (so its row is no yardstick).',
  ].join('\n')
  return {
    title: 'CMS published reads under load',
    markdown: [method, ...results.map(table), '### Targets', checksTable(results)].join('\n\n'),
  }
}
