import type { Payload } from 'payload'

import type { RestClient } from '../../helpers/rest'
import { type Finding, checkLeaks, checkWrites, isRead, type WriteContext } from './checks'
import { buildFixture, type Fixture, refreshIds, restorePrincipals } from './fixture'
import { RequestGenerator } from './generator'
import { MarkerRegistry, markersIn } from './markers'
import { expectedEndpointRule, expectedRule, type ProbeCollection, type Rule } from './oracle'
import { Prng } from './prng'
import type { ProbeRequest } from './request'
import { PROBE_ROLES, type ProbeRole, TRANSPORTS, type Transport } from './roles'
import { execute } from './transport'
import { WriteLog } from './writeLog'

export interface ProbeOptions {
  requestsPerRole: number
  seed: number
  /** Progress lines (the long run prints them); silent by default. */
  log?: (line: string) => void
}

export interface Counts {
  requests: number
  allowed: number
  denied: number
  serverErrors: number
  leaks: number
  unauthorizedWrites: number
  /** Requests the probe itself failed to carry out or check (a probe bug, reported, never a pass). */
  probeErrors: number
}

/** Something the probe itself could not do: which step, for which request, and the error. */
export interface ProbeError {
  step: string
  request?: ProbeRequest
  error: string
}

export interface ProbeReport {
  seed: number
  requestsPerRole: number
  counts: Record<ProbeRole, Record<Transport, Counts>>
  findings: Finding[]
  /** Findings grouped: "leak · anonymous · articles find (rest)" → how many. */
  findingGroups: Map<string, number>
  /** Server errors grouped the same way (not failures: what the probe's odd requests provoke). */
  serverErrorGroups: Map<string, number>
  /** The probe's own errors: how many (requests and fixture upkeep), and the first few in full. */
  probeErrorCount: number
  probeErrors: ProbeError[]
  /** Rows written by allowed writes (shows the write log is live). */
  allowedRowsWritten: number
  /** Where the time went: milliseconds and calls per step. */
  timings: Map<string, { ms: number; calls: number }>
  seconds: number
}

const empty = (): Counts => ({ requests: 0, allowed: 0, denied: 0, serverErrors: 0, leaks: 0, unauthorizedWrites: 0, probeErrors: 0 })

/** Fixture upkeep every this many rounds (one request per role each). */
const UPKEEP_EVERY = 20
/** How many documents the run's own writes may add to a collection before the oldest are pruned. */
const GROWTH_ALLOWED = 15

/** Builds the fixture on this Payload's (fresh) database and fires the requests. */
export async function runAccessProbe(payload: Payload, rest: RestClient, options: ProbeOptions): Promise<ProbeReport> {
  const started = Date.now()
  const timings = new Map<string, { ms: number; calls: number }>()
  const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now()
    try {
      return await run()
    } finally {
      const entry = timings.get(step) ?? { ms: 0, calls: 0 }
      entry.ms += performance.now() - t0
      entry.calls++
      timings.set(step, entry)
    }
  }
  const prng = new Prng(options.seed)
  const markers = new MarkerRegistry(new Prng(options.seed ^ 0x5eed))
  const fixture = await timed('fixture: build', () => buildFixture(payload, rest, markers))
  const initialSize = Object.fromEntries(Object.entries(fixture.ids).map(([c, ids]) => [c, ids?.length ?? 0])) as Record<
    ProbeCollection,
    number
  >
  await recomputePublicMarkers(payload, markers)
  const log = await WriteLog.install(payload)
  const generator = new RequestGenerator(prng, fixture, markers)

  const counts = Object.fromEntries(PROBE_ROLES.map((role) => [role, { rest: empty(), local: empty() }])) as ProbeReport['counts']
  const findings: Finding[] = []
  const findingGroups = new Map<string, number>()
  const serverErrorGroups = new Map<string, number>()
  const probeErrors: ProbeError[] = []
  let probeErrorCount = 0
  const probeError = (step: string, error: unknown, request?: ProbeRequest) => {
    probeErrorCount++
    if (probeErrors.length < 20)
      probeErrors.push({ step, request, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  }
  let allowedRowsWritten = 0
  let poolsDirty = false

  for (let i = 0; i < options.requestsPerRole; i++) {
    for (const role of shuffled(prng, PROBE_ROLES)) {
      const transport: Transport = prng.pick(TRANSPORTS)
      const request = generator.next(role, transport)
      const principal = fixture.principals[role]
      const c = counts[role][transport]
      c.requests++
      let step = 'resolve the operation'
      try {
        await timed('resolve operation', () => resolveOperation(payload, request))
        const rule = ruleFor(request)
        if (rule === 'deny') c.denied++
        else c.allowed++
        step = 'read the write context'
        const context = await timed('write context', () => writeContext(payload, fixture, request, rule, principal.userId))
        // Whatever the probe's own reads wrote (nothing, normally) is not the request's.
        if (context.probed) await log.since()

        step = 'send the request'
        const outcome = await timed(`execute (${transport})`, () =>
          timed(`  ${transport} ${request.endpoint ?? request.collection} ${request.kind}`, () => execute(payload, principal, request)),
        )
        step = 'read the write log'
        const writes = await timed('write log', () => log.since())

        step = 'check the answer and the writes'
        const found = [
          ...checkLeaks(request, rule, outcome, principal, markers),
          ...(await timed('check writes', () => checkWrites(payload, request, rule, outcome, writes, context))),
        ]
        if (outcome.status >= 500) {
          c.serverErrors++
          const key = `${transport} ${request.endpoint ?? `${request.collection} ${request.kind}`}: ${outcome.text.slice(0, 90)}`
          serverErrorGroups.set(key, (serverErrorGroups.get(key) ?? 0) + 1)
        }
        for (const finding of found) {
          if (finding.kind === 'leak') c.leaks++
          else c.unauthorizedWrites++
          const what = request.endpoint ?? `${request.collection} ${request.kind}`
          const key = `${finding.kind} · ${role} · ${what} (${transport})`
          findingGroups.set(key, (findingGroups.get(key) ?? 0) + 1)
          if (findings.length < 200) findings.push(finding)
        }

        step = 'restore the probe accounts'
        if (writes.some((w) => w.table === 'users')) {
          await timed('restore principals', () => restorePrincipals(payload, fixture))
          await log.since()
        }
        step = 'recompute public markers'
        if (!isRead(request) && writes.length > 0 && found.length === 0) {
          allowedRowsWritten += writes.length
          poolsDirty = true
          // What is public follows articles and disclaimers, and an old address its target (article or condition).
          if (['articles', 'disclaimers', 'conditions', 'redirects'].includes(request.collection))
            await timed('public markers', () => recomputePublicMarkers(payload, markers))
        }
      } catch (error) {
        c.probeErrors++
        probeError(step, error, request)
        // Back to a known state: the probe's accounts as they were, the write log read to its end.
        await restorePrincipals(payload, fixture).catch((e: unknown) => probeError('restore the probe accounts after an error', e))
        await log.since().catch((e: unknown) => probeError('read the write log after an error', e))
        poolsDirty = true
      }
    }
    if (poolsDirty && i % UPKEEP_EVERY === UPKEEP_EVERY - 1) {
      await timed('fixture upkeep', () => upkeep(payload, fixture, markers, initialSize, probeError))
      await log.since().catch((e: unknown) => probeError('read the write log after upkeep', e))
      poolsDirty = false
    }
    if (options.log && (i + 1) % 1000 === 0) {
      const s = ((Date.now() - started) / 1000).toFixed(0)
      options.log(`  … ${(i + 1) * PROBE_ROLES.length} requests in ${s} s, ${findings.length} findings, ${probeErrorCount} probe errors`)
    }
  }

  return {
    seed: options.seed,
    requestsPerRole: options.requestsPerRole,
    counts,
    findings,
    findingGroups,
    serverErrorGroups,
    probeErrorCount,
    probeErrors,
    allowedRowsWritten,
    timings,
    seconds: (Date.now() - started) / 1000,
  }
}

function ruleFor(request: ProbeRequest): Rule {
  if (request.endpoint) return expectedEndpointRule(request.role, request.endpoint)
  return expectedRule(request.role, request.collection, request.operation)
}

/** Restoring a version publishes exactly when that version was published. */
async function resolveOperation(payload: Payload, request: ProbeRequest) {
  if (request.kind !== 'restoreVersion') return
  if (request.collection !== 'articles') {
    request.operation = 'update'
    return
  }
  const version = await payload
    .findVersionByID({ collection: 'articles', id: String(request.id), depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  request.operation = version?.version?._status === 'published' ? 'publish' : 'update'
}

/** What an own/unpublished rule allows, and protected field values, read before the request. */
async function writeContext(
  payload: Payload,
  fixture: Fixture,
  request: ProbeRequest,
  rule: Rule,
  selfId: number | null,
): Promise<WriteContext> {
  if (isRead(request)) return {}
  const context: WriteContext = { probed: true }
  const sys = { overrideAccess: true, depth: 0, pagination: false } as const
  if (rule === 'own') {
    if (request.collection === 'users') context.allowedIds = new Set(selfId === null ? [] : [String(selfId)])
    else if (request.collection === 'payload-preferences' || request.collection === 'payload-locked-documents') {
      const mine = await payload.find({ collection: request.collection, where: { 'user.value': { equals: String(selfId ?? -1) } }, ...sys })
      context.allowedIds = new Set(mine.docs.map((doc) => String(doc.id)))
    }
  }
  if (rule === 'unpublished' && request.collection === 'articles') {
    const notLive = await payload.find({
      collection: 'articles',
      where: { _status: { not_equals: 'published' } },
      select: { title: true },
      ...sys,
    })
    context.allowedIds = new Set(notLive.docs.map((doc) => String(doc.id)))
  }
  if (request.protectedFields?.length && (request.collection === 'users' || request.collection === 'leads')) {
    const ids = request.id !== undefined ? [request.id] : (fixture.ids[request.collection] ?? [])
    const found = await payload.find({ collection: request.collection, where: { id: { in: ids } }, ...sys })
    context.before = new Map(found.docs.map((doc) => [String(doc.id), doc as unknown as Record<string, unknown>]))
  }
  return context
}

/** Markers that are now part of published content (a publisher published that draft during the run). */
async function recomputePublicMarkers(payload: Payload, markers: MarkerRegistry) {
  const sys = { overrideAccess: true, depth: 0, pagination: false } as const
  const articles = await payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, ...sys })
  const now = new Date().toISOString()
  const disclaimers = await payload.find({
    collection: 'disclaimers',
    where: {
      and: [{ active: { equals: true } }, { or: [{ effectiveDate: { exists: false } }, { effectiveDate: { less_than_equal: now } }] }],
    },
    ...sys,
  })
  // An old address is public while it leads to a page visitors can read (worked out here from the
  // targets, not with the access rule under test).
  const publishedConditions = await payload.find({ collection: 'conditions', where: { _status: { equals: 'published' } }, ...sys })
  const liveIds = (docs: { id: number }[]) => new Set(docs.map((doc) => doc.id))
  const liveArticles = liveIds(articles.docs)
  const liveConditions = liveIds(publishedConditions.docs)
  const redirects = await payload.find({ collection: 'redirects', ...sys })
  const publicRedirects = redirects.docs.filter(
    (redirect) =>
      redirect.toType === 'path' ||
      (redirect.toType === 'article' && liveArticles.has(redirect.toArticle as number)) ||
      (redirect.toType === 'condition' && liveConditions.has(redirect.toCondition as number)),
  )
  markers.setPublic(markersIn(JSON.stringify([articles.docs, disclaimers.docs, publicRedirects])))
}

/**
 * Keeps every kind of content present and the collections small: documents the run deleted are
 * made again, and past GROWTH_ALLOWED extra documents the oldest the run made are deleted (so a
 * long run costs the same per request at the end as at the start). A step that fails is reported
 * as a probe error and the run goes on.
 */
async function upkeep(
  payload: Payload,
  fixture: Fixture,
  markers: MarkerRegistry,
  initialSize: Record<ProbeCollection, number>,
  probeError: (step: string, error: unknown) => void,
) {
  await refreshIds(payload, fixture)
  let changed = false
  for (const [collection, size] of Object.entries(initialSize) as [ProbeCollection, number][]) {
    const have = fixture.ids[collection]?.length ?? 0
    for (let n = have; n < size; n++) {
      try {
        await fixture.spawn(collection)
        changed = true
      } catch (error) {
        probeError(`re-create a ${collection} document`, error)
        break
      }
    }
    if (have > size + GROWTH_ALLOWED && collection !== 'payload-migrations') {
      const keep = new Set([...(fixture.initialIds[collection] ?? []), ...(fixture.protectedIds[collection] ?? [])])
      const theRunsOwn = (fixture.ids[collection] ?? []).filter((id) => !keep.has(String(id))).sort((a, b) => Number(a) - Number(b))
      const excess = theRunsOwn.slice(0, have - size)
      try {
        await payload.delete({ collection, where: { id: { in: excess } }, overrideAccess: true, depth: 0 } as never)
        changed = true
      } catch (error) {
        probeError(`prune ${excess.length} ${collection} documents`, error)
      }
    }
  }
  if (changed) {
    await refreshIds(payload, fixture)
    await recomputePublicMarkers(payload, markers)
  }
}

function shuffled<T>(prng: Prng, items: readonly T[]): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = prng.int(0, i)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** The counts as a markdown table (the benchmark report includes it as is). */
export function countsTable(report: ProbeReport): string {
  const lines = [
    '| role | transport | requests | allowed | denied | 5xx | leaks | unauthorized writes | probe errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  const total = empty()
  for (const role of PROBE_ROLES) {
    for (const transport of TRANSPORTS) {
      const c = report.counts[role][transport]
      for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += c[key]
      lines.push(
        `| ${role} | ${transport} | ${c.requests} | ${c.allowed} | ${c.denied} | ${c.serverErrors} | ${c.leaks} | ${c.unauthorizedWrites} | ${c.probeErrors} |`,
      )
    }
  }
  lines.push(
    `| **all** | both | **${total.requests}** | ${total.allowed} | ${total.denied} | ${total.serverErrors} | **${total.leaks}** | **${total.unauthorizedWrites}** | ${total.probeErrors} |`,
  )
  return lines.join('\n')
}

export function totals(report: ProbeReport): Counts {
  const total = empty()
  for (const role of PROBE_ROLES)
    for (const transport of TRANSPORTS)
      for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += report.counts[role][transport][key]
  return total
}

export function describeServerErrors(report: ProbeReport, top = 15): string {
  return [...report.serverErrorGroups.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, n]) => `  ${n}× ${key}`)
    .join('\n')
}

/** Findings, one line per group, then a few full examples. */
export function describeFindings(report: ProbeReport, examples = 8): string {
  if (report.findings.length === 0) return 'no findings'
  const groups = [...report.findingGroups.entries()].sort((a, b) => b[1] - a[1]).map(([key, n]) => `  ${n}× ${key}`)
  const detail = report.findings.slice(0, examples).map((f) => {
    const r = f.request
    const call = r.http
      ? `${r.http.method} ${r.http.path}`
      : `${r.kind} ${r.collection} id=${r.id ?? ''} where=${JSON.stringify(r.where ?? null)} draft=${r.draft} depth=${r.depth}`
    return `  #${r.n} ${f.kind} ${r.role}/${r.transport} ${call} data=${JSON.stringify(r.data ?? null)} [rule ${f.rule}]\n    ${f.detail}`
  })
  return [...groups, ...detail].join('\n')
}

/** The probe's own errors: how many, and the first few with the request each happened on. */
export function describeProbeErrors(report: ProbeReport, examples = 5): string {
  if (report.probeErrorCount === 0) return 'no probe errors'
  const detail = report.probeErrors.slice(0, examples).map((e) => {
    const r = e.request
    const call = r
      ? ` on #${r.n} ${r.role}/${r.transport} ${r.http ? `${r.http.method} ${r.http.path}` : `${r.kind} ${r.collection} id=${r.id ?? ''} where=${JSON.stringify(r.where ?? null)}`} data=${JSON.stringify(r.data ?? null)}`
      : ''
    return `  ${e.step}${call}\n    ${e.error.split('\n').slice(0, 6).join('\n    ')}`
  })
  return [
    `${report.probeErrorCount} probe error(s) (requests the probe could not carry out or check, and fixture upkeep that failed):`,
    ...detail,
  ].join('\n')
}

/** Where the time went, slowest step first. */
export function describeTimings(report: ProbeReport, top = 20): string {
  return [...report.timings.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, top)
    .map(([step, t]) => `  ${step}: ${(t.ms / 1000).toFixed(1)} s over ${t.calls} calls (${(t.ms / t.calls).toFixed(2)} ms each)`)
    .join('\n')
}
