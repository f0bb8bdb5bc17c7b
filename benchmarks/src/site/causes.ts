import { cpus } from 'node:os'

import type { LighthouseResult } from './lighthouse'

/**
 * Failing audits whose cause is how this machine serves the site (plain HTTP on loopback), not the
 * site: said only when the audit actually failed in the run.
 */
const SERVING_CAUSES: Record<string, string> = {
  'is-on-https': 'the benchmark serves plain HTTP on 127.0.0.1; in production TLS is terminated in front of the site',
  'redirects-http': 'no HTTPS listener on loopback to redirect to; production redirects at the TLS-terminating proxy',
  'uses-http2': 'Node’s `node:http` speaks HTTP/1.1 on loopback; HTTP/2 is the TLS-terminating proxy’s or CDN’s job in production',
  'modern-http-insight': 'Node’s `node:http` speaks HTTP/1.1 on loopback; HTTP/2 is the TLS-terminating proxy’s or CDN’s job in production',
}

/** Lighthouse considers a machine under this benchmark index too slow for stable performance scores. */
const SLOW_BENCHMARK_INDEX = 1000

/** Why points were lost for reasons outside the site, from this run's own audit results and machine. */
export function environmentCauses(results: LighthouseResult[]): string[] {
  const causes: string[] = []
  const failing = new Map<string, string[]>()
  for (const result of results) {
    for (const category of result.categories) {
      for (const loss of [...category.lost, ...category.hints]) {
        if (!(loss.id in SERVING_CAUSES)) continue
        failing.set(loss.id, [...(failing.get(loss.id) ?? []), result.page.type])
      }
    }
  }
  for (const [id, pages] of failing) causes.push(`\`${id}\` (${[...new Set(pages)].join(', ')}): ${SERVING_CAUSES[id]}.`)

  const slow = results.filter((result) => result.categories[0]!.score < result.categories[0]!.target)
  if (slow.length > 0) {
    const indexes = slow.map((result) => Math.round(result.benchmarkIndex))
    const loads = slow.map((result) => result.loadAverage.toFixed(1))
    const tbt = slow.map((result) => `${result.page.type} ${Math.round(result.metrics.tbtMs)} ms`)
    causes.push(
      `Performance (${slow.map((result) => result.page.type).join(', ')}): Lighthouse's simulated throttling multiplies the main-thread work it measures here by 4. ` +
        `This machine's CPU benchmark index was ${indexes.join(' / ')}${indexes.some((index) => index < SLOW_BENCHMARK_INDEX) ? ` (below ${SLOW_BENCHMARK_INDEX}, where Lighthouse itself warns the scores are unreliable)` : ''}, ` +
        `with a 1-minute load average of ${loads.join(' / ')} on ${cpus().length} cores shared with other work; total blocking time ${tbt.join(', ')}. ` +
        'Rerun on a quiet machine before reading a shortfall as the site’s.',
    )
  }
  const warnings = [...new Set(results.flatMap((result) => result.runWarnings))]
  for (const warning of warnings) causes.push(`Lighthouse warned: ${warning.replace(/\s+/g, ' ')}`)
  return causes
}
