import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { findFreePort, startCmsServer, startWebServer } from '@clinic/test-harness'

import { runLoad } from '../load/runLoad'
import type { LoadFigures } from '../load/stats'
import { sitePages } from './pages'
import { tracked } from './running'

const CONNECTIONS = 10
const DURATION_SECONDS = Number(process.env.BENCH_SITE_LOAD_SECONDS) || 6
/**
 * The floor and the warm site are measured in alternating rounds of this many seconds: on a shared
 * machine the load changes from one second to the next, and back-to-back rounds meet it alike. Each
 * ratio is the median of the rounds' own ratios. (Measured one after the other, the same build gave
 * the condition page 1.17× the floor in one run and 0.14× in the next.)
 */
const ROUNDS = Number(process.env.BENCH_SITE_ROUNDS) || 3
const PUBLISHES = Number(process.env.BENCH_PUBLISHES) || 20
/** A publish not visible after this long counts as a failure of the run, not a slow figure. */
const VISIBLE_DEADLINE_MS = 15_000
const REQUEST_TIMEOUT_MS = 15_000

export interface PageLoadRow {
  type: string
  path: string
  bytes: number
  /** The round with the median req/s, for floor and warm alike. */
  floor: LoadFigures
  cold: LoadFigures
  warm: LoadFigures
  /** Medians over the rounds of warm/floor: req/s and p99. */
  warmRatio: number
  warmP99Ratio: number
}

export interface PublishLatency {
  instances: number
  p50: number
  p95: number
  max: number
  samples: number
}

export interface PageCacheFigures {
  pages: PageLoadRow[]
  publishes: PublishLatency[]
}

/** node:http answering every request with `body`: what the site could at best do with the same bytes. */
async function startFloor(body: Buffer): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
  return { status: response.status, body: await response.text() }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

class Session {
  constructor(
    private readonly api: string,
    private readonly token: string,
  ) {}

  static async signIn(cmsUrl: string, email: string, password: string): Promise<Session> {
    const response = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    const body = (await response.json()) as { token?: string }
    if (!body.token) throw new Error(`Sign-in as ${email} failed: ${response.status}`)
    return new Session(`${cmsUrl}/api`, body.token)
  }

  async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.api}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${this.token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    const answer = (await response.json()) as T
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`)
    return answer
  }
}

/**
 * From the publish request's answer to the first `/research` answer carrying the new title, on
 * every instance (the slowest counts), over `PUBLISHES` publishes through the editorial workflow.
 */
async function publishToVisible(
  editor: Session,
  reviewer: Session,
  conditionId: number,
  siteUrls: string[],
  label: string,
): Promise<PublishLatency> {
  for (const url of siteUrls) await get(`${url}/research`)
  const samples: number[] = []
  for (let i = 0; i < PUBLISHES; i++) {
    const title = `Publish latency ${label} ${i} ${Date.now()}`
    const { doc } = await editor.request<{ doc: { id: number } }>('POST', '/articles', {
      title,
      type: 'lifestyle-post',
      excerpt: 'Written by the benchmark to time a publish.',
      body: {
        root: {
          type: 'root',
          direction: 'ltr',
          format: '',
          indent: 0,
          version: 1,
          children: [
            {
              type: 'paragraph',
              direction: 'ltr',
              format: '',
              indent: 0,
              version: 1,
              textFormat: 0,
              children: [{ type: 'text', text: 'Timed.', detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
            },
          ],
        },
      },
      conditions: [conditionId],
    })
    await editor.request('POST', `/articles/${doc.id}/workflow`, { action: 'submit' })
    await reviewer.request('POST', `/articles/${doc.id}/workflow`, { action: 'approve' })
    await editor.request('POST', `/articles/${doc.id}/workflow`, { action: 'publish' })
    const publishedAt = performance.now()
    const seenAt = await Promise.all(
      siteUrls.map(async (url) => {
        for (;;) {
          if ((await get(`${url}/research`)).body.includes(title)) return performance.now()
          if (performance.now() - publishedAt > VISIBLE_DEADLINE_MS)
            throw new Error(`${url}/research did not show "${title}" within ${VISIBLE_DEADLINE_MS} ms`)
        }
      }),
    )
    samples.push(Math.max(...seenAt) - publishedAt)
  }
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    instances: siteUrls.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1)!,
    samples: samples.length,
  }
}

/**
 * The site's page cache on the production builds: each page type under load (autocannon, a second
 * process) from a site instance with its cache warm and one with the cache off (every request
 * rendered: "cold"), next to a node:http floor sending the same bytes; then publish-to-visible
 * latency with one and two site instances.
 */
export async function measurePageCache(): Promise<PageCacheFigures> {
  const webPort = await findFreePort()
  const cms = await startCmsServer({ seed: true, env: { WEB_ORIGIN: `http://127.0.0.1:${webPort}` } })
  const stopCms = tracked(cms.stop)
  const stops: (() => Promise<void>)[] = [stopCms]
  try {
    const warmSite = await startWebServer({ port: webPort, cmsUrl: cms.url })
    stops.push(tracked(warmSite.stop))
    const secondSite = await startWebServer({ port: await findFreePort(), cmsUrl: cms.url })
    stops.push(tracked(secondSite.stop))
    const coldSite = await startWebServer({ port: await findFreePort(), cmsUrl: cms.url, env: { PAGE_CACHE_MAX_BYTES: '0' } })
    stops.push(tracked(coldSite.stop))

    const pages = (await sitePages(cms.url)).filter((page) => page.type !== '404')
    const rows: PageLoadRow[] = []
    for (const page of pages) {
      const sample = await fetch(`${warmSite.url}${page.path}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
      const bytes = Buffer.from(await sample.arrayBuffer())
      const floor = await startFloor(bytes)
      try {
        const job = { paths: [page.path], connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, warmupSeconds: 1 }
        const floorRounds: LoadFigures[] = []
        const warmRounds: LoadFigures[] = []
        for (let round = 0; round < ROUNDS; round++) {
          floorRounds.push(await runLoad({ ...job, baseUrl: floor.url }))
          warmRounds.push(await runLoad({ ...job, baseUrl: warmSite.url }))
        }
        const cold = await runLoad({ ...job, baseUrl: coldSite.url })
        rows.push({
          type: page.type,
          path: page.path,
          bytes: bytes.length,
          floor: medianRound(floorRounds),
          warm: medianRound(warmRounds),
          cold,
          warmRatio: median(warmRounds.map((warm, round) => warm.requestsPerSecond / floorRounds[round]!.requestsPerSecond)),
          warmP99Ratio: median(warmRounds.map((warm, round) => warm.p99 / Math.max(1, floorRounds[round]!.p99))),
        })
      } finally {
        await new Promise((resolve) => floor.server.close(resolve))
      }
    }

    const editor = await Session.signIn(cms.url, cms.admin.email, cms.admin.password)
    const reviewerLogin = { email: 'bench-reviewer@example.test', password: 'bench-reviewer-password-1' }
    await editor.request('POST', '/users', { ...reviewerLogin, name: 'Dr. Bench Reviewer', roles: ['medical-reviewer'] })
    const reviewer = await Session.signIn(cms.url, reviewerLogin.email, reviewerLogin.password)
    const { docs } = await editor.request<{ docs: { id: number }[] }>('GET', '/conditions?limit=1&depth=0')
    const conditionId = docs[0]!.id
    const publishes = [
      await publishToVisible(editor, reviewer, conditionId, [warmSite.url], 'one'),
      await publishToVisible(editor, reviewer, conditionId, [warmSite.url, secondSite.url], 'two'),
    ]
    return { pages: rows, publishes }
  } finally {
    for (const stop of stops.reverse()) await stop()
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** The round whose req/s is the median (the lower middle of an even count). */
function medianRound(rounds: LoadFigures[]): LoadFigures {
  return [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor((rounds.length - 1) / 2)]!
}

const ms = (value: number) => `${Math.round(value)} ms`
const ratio = (value: number) => `${value.toFixed(2)}×`

export function pageCacheMarkdown({ pages, publishes }: PageCacheFigures): string {
  const lines = [
    `autocannon, ${CONNECTIONS} connections, one path per row, no Accept-Encoding (plain bytes on every target). Floor and warm: ${ROUNDS} alternating rounds of ${DURATION_SECONDS} s each; their req/s and p99 are the median round's, and each ratio is the median of the rounds' ratios (so a change in the machine's load meets both alike). Cold: one run of ${DURATION_SECONDS} s.`,
    '"Cold" is a site instance with `PAGE_CACHE_MAX_BYTES=0` (every request rendered, reading the CMS, whose own response cache is warm); "warm" is an instance whose page cache holds the page.',
    "Targets (issue 16): warm ≥ 0.5× the floor's req/s with p99 ≤ 5× the floor's; publish visible p95 ≤ 2 s.",
    '',
    '| page | bytes | floor req/s | floor p99 | warm req/s | warm p99 | warm/floor | warm p99/floor p99 | cold req/s | cold p99 | cold/floor | errors+non-2xx |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ]
  for (const row of pages) {
    const bad = [row.floor, row.warm, row.cold].reduce((sum, figures) => sum + figures.errors + figures.non2xx, 0)
    lines.push(
      `| ${row.type} \`${row.path}\` | ${row.bytes} | ${Math.round(row.floor.requestsPerSecond)} | ${ms(row.floor.p99)} | ${Math.round(row.warm.requestsPerSecond)} | ${ms(row.warm.p99)} | ${ratio(row.warmRatio)} | ${ratio(row.warmP99Ratio)} | ${Math.round(row.cold.requestsPerSecond)} | ${ms(row.cold.p99)} | ${ratio(row.cold.requestsPerSecond / row.floor.requestsPerSecond)} | ${bad} |`,
    )
  }
  lines.push(
    '',
    "Publish to visible: from the publish request's answer to the first `/research` answer with the new title on every instance (the slowest counts).",
    '',
  )
  lines.push('| site instances | publishes | p50 | p95 | max |', '|---:|---:|---:|---:|---:|')
  for (const latency of publishes)
    lines.push(`| ${latency.instances} | ${latency.samples} | ${ms(latency.p50)} | ${ms(latency.p95)} | ${ms(latency.max)} |`)
  return lines.join('\n')
}
