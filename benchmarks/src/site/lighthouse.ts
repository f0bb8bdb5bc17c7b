import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import lighthouse, { type Result } from 'lighthouse'

import { startDebuggableChromium } from './chromium'
import { tracked } from './running'
import { TARGETS, type SitePage } from './types'

type Audit = Result['audits'][string]

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

export interface LostPoints {
  id: string
  title: string
  /** e.g. "2.9 s", "3 elements", as Lighthouse words it. */
  displayValue?: string
  score: number
  /** Points of the category this audit costs (its weight's share times what it misses). */
  pointsLost: number
  /** The first few offending items (elements, URLs, console messages), as Lighthouse lists them. */
  items: string[]
}

export interface CategoryResult {
  id: string
  title: string
  /** 0–100. */
  score: number
  target: number
  /** Weighted audits that cost points, worst first. */
  lost: LostPoints[]
  /** For performance: the opportunities and insights Lighthouse flags (no weight of their own). */
  hints: LostPoints[]
}

export interface LighthouseResult {
  page: SitePage
  categories: CategoryResult[]
  metrics: { lcpMs: number; tbtMs: number; cls: number; fcpMs: number; siMs: number }
  /** Performance scores of every run, when there were several (the rest is the median run's). */
  performanceRuns: number[]
  benchmarkIndex: number
  runWarnings: string[]
  /** The full report, as HTML. */
  html: string
  /** The one-minute load average of this machine when the run ended, and how many cores it has. */
  loadAverage: number
}

/** Where each page's full Lighthouse report (HTML, median run) is written for people to read (git-ignored). */
export const REPORTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../artifacts/lighthouse')

const METRICS = {
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  fcpMs: 'first-contentful-paint',
  siMs: 'speed-index',
} as const

/** Short text for one item of an audit's details table or list. */
function describeItem(item: Record<string, unknown>): string | undefined {
  const node = item.node as { snippet?: string; selector?: string; explanation?: string } | undefined
  if (node?.snippet) return `${node.snippet.slice(0, 160)}${node.explanation ? ` — ${node.explanation.split('\n')[0]}` : ''}`
  for (const key of ['description', 'url', 'source', 'label', 'reason']) {
    const value = item[key]
    if (typeof value === 'string' && value) return value.slice(0, 200)
    if (value && typeof value === 'object' && 'url' in value && typeof value.url === 'string') return value.url
  }
  return undefined
}

function itemsOf(audit: Audit): string[] {
  const details = audit.details as { items?: Record<string, unknown>[] } | undefined
  return (details?.items ?? [])
    .map(describeItem)
    .filter((text): text is string => Boolean(text))
    .slice(0, 4)
}

function summarizeCategory(lhr: Result, id: string): CategoryResult {
  const category = lhr.categories[id]
  if (!category) throw new Error(`Lighthouse returned no "${id}" category`)
  const totalWeight = category.auditRefs.reduce((sum, ref) => sum + ref.weight, 0)
  const lost: LostPoints[] = []
  const hints: LostPoints[] = []
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id]
    if (!audit || audit.score === null || audit.score >= 1) continue
    if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue
    const entry: LostPoints = {
      id: audit.id,
      title: audit.title,
      displayValue: audit.displayValue,
      score: audit.score,
      pointsLost: totalWeight > 0 ? (ref.weight * (1 - audit.score) * 100) / totalWeight : 0,
      items: itemsOf(audit),
    }
    if (ref.weight > 0) lost.push(entry)
    else if (id === 'performance' && ref.group !== 'hidden') hints.push(entry)
  }
  lost.sort((a, b) => b.pointsLost - a.pointsLost)
  hints.sort((a, b) => a.score - b.score)
  return {
    id,
    title: category.title,
    score: Math.round((category.score ?? 0) * 100),
    target: TARGETS.scores[id] ?? 100,
    lost,
    hints: hints.slice(0, 8),
  }
}

function summarize(page: SitePage, lhr: Result, html: string): LighthouseResult {
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  const categories = CATEGORIES.map((id) => summarizeCategory(lhr, id))
  return {
    page,
    categories,
    metrics: {
      lcpMs: metric(METRICS.lcpMs),
      tbtMs: metric(METRICS.tbtMs),
      cls: metric(METRICS.cls),
      fcpMs: metric(METRICS.fcpMs),
      siMs: metric(METRICS.siMs),
    },
    performanceRuns: [categories[0]!.score],
    benchmarkIndex: lhr.environment.benchmarkIndex,
    runWarnings: lhr.runWarnings,
    html,
    loadAverage: loadavg()[0]!,
  }
}

/**
 * Lighthouse's default (mobile) configuration on each page, `runs` times per page (runs take turns
 * over the pages), in one headless Debian Chromium. Each page's report is its median performance run.
 */
export async function runLighthouse(
  webUrl: string,
  pages: SitePage[],
  runs: number,
): Promise<{ chromium: string; results: LighthouseResult[] }> {
  const chromium = await startDebuggableChromium()
  const stopChromium = tracked(chromium.stop)
  try {
    const byPage = new Map<SitePage, LighthouseResult[]>(pages.map((page) => [page, []]))
    for (let run = 0; run < runs; run++) {
      for (const page of pages) {
        const result = await lighthouse(`${webUrl}${page.path}`, {
          port: chromium.port,
          output: 'html',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        })
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`)
        byPage.get(page)!.push(summarize(page, result.lhr, String(result.report)))
      }
    }
    const results = pages.map((page) => {
      const all = byPage.get(page)!.sort((a, b) => a.categories[0]!.score - b.categories[0]!.score)
      const median = all[Math.floor((all.length - 1) / 2)]!
      return { ...median, performanceRuns: all.map((result) => result.categories[0]!.score) }
    })
    mkdirSync(REPORTS_DIR, { recursive: true })
    for (const result of results) writeFileSync(path.join(REPORTS_DIR, `${result.page.type}.html`), result.html)
    return { chromium: chromium.version, results }
  } finally {
    await stopChromium()
  }
}
