import { cpus } from 'node:os'
import path from 'node:path'

import { environmentCauses } from './causes'
import type { PageJsWeight } from './jsWeight'
import { REPORTS_DIR, type CategoryResult, type LighthouseResult, type LostPoints } from './lighthouse'
import { TARGETS } from './types'

const REPO_ROOT = path.resolve(REPORTS_DIR, '../../..')

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`)
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``

function jsSection(js: PageJsWeight[]): string[] {
  const lines = [
    '### JavaScript per page type (gzipped)',
    '',
    'Every script each page loaded in Chromium (phone viewport) until the network was idle after React hydrated, each gzipped at level 9 (the server sends the build’s `.gz` files). “Named in HTML” are the module script and `modulepreload` links the server’s HTML carries (what the page needs to render and hydrate); “prefetched” are scripts the page then fetched itself for the links it shows (the next page’s code).',
    '',
    '| page | path | HTTP | scripts | named in HTML | prefetched | total |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
  ]
  for (const result of js) {
    lines.push(
      `| ${result.page.type} | ${code(result.page.path)} | ${result.status} | ${result.scripts.length} | ${kb(result.declaredGzippedBytes)} | ${kb(result.gzippedBytes - result.declaredGzippedBytes)} | ${kb(result.gzippedBytes)} |`,
    )
  }
  const article = js.find((result) => result.page.type === 'article')
  if (article) {
    const budget = TARGETS.articleJsBudgetBytes
    const met = article.gzippedBytes <= budget
    lines.push(
      '',
      `**Budget (article page ≤ ${kb(budget)}): ${met ? 'met' : 'MISSED'}** — ${kb(article.gzippedBytes)} in all (${((article.gzippedBytes / budget) * 100).toFixed(0)} % of the budget).`,
      '',
      `Scripts of the article page (${code(article.page.path)}):`,
      '',
      ...article.scripts.map(
        (script) =>
          `- ${code(script.path)}: ${kb(script.gzippedBytes)} gzipped (${kb(script.bytes)} raw)${script.declared ? '' : ', prefetched'}`,
      ),
    )
  }
  return lines
}

function describeLoss(loss: LostPoints): string {
  const value = loss.displayValue ? ` (${loss.displayValue})` : ''
  const points = loss.pointsLost > 0 ? `: −${loss.pointsLost.toFixed(1)} points` : ''
  const items = loss.items.length > 0 ? `; e.g. ${loss.items.map(code).join(', ')}` : ''
  return `${code(loss.id)} ${loss.title}${value}${points}${items}`
}

function categoryShortfall(page: string, category: CategoryResult): string[] {
  const lines = [`- **${page} — ${category.title} ${category.score}** (target ${category.target}):`]
  for (const loss of category.lost) lines.push(`  - ${describeLoss(loss)}`)
  if (category.lost.length === 0)
    lines.push('  - no single weighted audit fails outright; the score is the weighted mean of near-perfect ones')
  if (category.hints.length > 0) {
    lines.push(
      `  - what Lighthouse suggests: ${category.hints.map((hint) => `${code(hint.id)} ${hint.title}${hint.displayValue ? ` (${hint.displayValue})` : ''}`).join('; ')}`,
    )
  }
  return lines
}

function lighthouseSection(lighthouse: { chromium: string; results: LighthouseResult[] }, runs: number): string[] {
  const lines = [
    '### Lighthouse (mobile, default configuration)',
    '',
    `npm \`lighthouse\`, its default mobile configuration (simulated slow 4G and a 4× slower CPU), in headless Debian Chromium (${lighthouse.chromium}); ${runs} run(s) per page, the median performance run shown. Targets: performance ≥ ${TARGETS.scores.performance}, accessibility, best practices and SEO ${TARGETS.scores.accessibility}.`,
    '',
    '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | FCP | performance, every run |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ]
  for (const result of lighthouse.results) {
    const scores = result.categories.map((category) => (category.score >= category.target ? `${category.score}` : `**${category.score}**`))
    const { lcpMs, tbtMs, cls, fcpMs } = result.metrics
    lines.push(
      `| ${result.page.type} ${code(result.page.path)} | ${scores.join(' | ')} | ${ms(lcpMs)} | ${ms(tbtMs)} | ${cls.toFixed(3)} | ${ms(fcpMs)} | ${result.performanceRuns.join(', ')} |`,
    )
  }
  const shortfalls = lighthouse.results.flatMap((result) =>
    result.categories
      .filter((category) => category.score < category.target)
      .flatMap((category) => categoryShortfall(result.page.type, category)),
  )
  lines.push('')
  if (shortfalls.length === 0) lines.push('Every page meets every Lighthouse target in this run.')
  else lines.push('Where points were lost, and the audits that cost them:', '', ...shortfalls)

  const suggestions = lighthouse.results.flatMap((result) => {
    const performance = result.categories[0]!
    if (performance.score < performance.target || performance.hints.length === 0) return []
    return [
      `- ${result.page.type}: ${performance.hints.map((hint) => `${code(hint.id)} ${hint.title}${hint.displayValue ? ` (${hint.displayValue})` : ''}`).join('; ')}`,
    ]
  })
  if (suggestions.length > 0)
    lines.push('', 'Lighthouse’s remaining performance suggestions (unweighted; no target depends on them):', '', ...suggestions)
  lines.push('', `Full reports (median run per page): \`${path.relative(REPO_ROOT, REPORTS_DIR)}/<page>.html\`.`)

  const causes = environmentCauses(lighthouse.results)
  if (causes.length > 0) lines.push('', 'Causes that lie in this machine rather than the site:', '', ...causes.map((cause) => `- ${cause}`))
  return lines
}

/** The site section of the report: the figures, each against its target, and why any is missed. */
export function siteMarkdown({
  js,
  lighthouse,
  runs,
}: {
  js: PageJsWeight[]
  lighthouse: { chromium: string; results: LighthouseResult[] }
  runs: number
}): string {
  return [
    `Production builds (the built CMS with the demo content on a fresh PostgreSQL, the site's \`node dist/server/prod.js\`), on loopback, on a ${cpus().length}-core machine.`,
    '',
    ...jsSection(js),
    '',
    ...lighthouseSection(lighthouse, runs),
  ].join('\n')
}
