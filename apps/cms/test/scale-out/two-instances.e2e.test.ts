/**
 * Scale-out: two instances of the built CMS (production `next start`) on different ports over one
 * PostgreSQL, as behind a load balancer. Nothing is shared between them but the database.
 *
 * - instance A: created the database (migrated, seeded), runs the job queue.
 * - instance B: attached to the same database (no migration, no seed), runs the job queue too, and
 *   reads through DATABASE_READ_REPLICA_URLS pointed at the same primary (so the replica setting is
 *   exercised end to end; the test proves B's anonymous reads go through that pool).
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type CmsServer, startCmsServer } from '@clinic/test-harness'

import { articleData, citationData } from '../helpers/fixtures'
import { startWebhookReceiver } from '../helpers/webhookReceiver'

const RATE_LIMIT = 4
// The job runners are off in tests by default; two instances that both run the queue are the point.
// Both poll the default queue every 2 s (not every 30 s) on the same wall-clock ticks, so they race for each due job.
const instanceEnv = {
  JOBS_AUTORUN: 'true',
  SCHEDULED_PUBLISH_CRON: '*/2 * * * * *',
  LEADS_RATE_LIMIT_MAX: String(RATE_LIMIT),
  LEADS_RATE_LIMIT_WINDOW_SECONDS: '600',
}
const REPLICA_APP_NAME = 'clinic_scaleout_replica'
const CACHE_STATUS = 'x-response-cache'

let a: CmsServer
let b: CmsServer
let db: pg.Client
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
let as: Record<'admin' | 'editor' | 'reviewer' | 'publisher', Client>
let basics: { citation: number; condition: number }

type Client = ReturnType<typeof client>

/** Real HTTP to one instance, optionally signed in (JWT from a real login). */
function client(server: CmsServer, token?: string) {
  const request = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}/api${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `JWT ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return response
  }
  return {
    server,
    token,
    get: (path: string, headers?: Record<string, string>) => request('GET', path, undefined, headers),
    post: (path: string, body: unknown, headers?: Record<string, string>) => request('POST', path, body, headers),
    patch: (path: string, body: unknown) => request('PATCH', path, body),
    /** GET, failing loudly on anything but 200, returning the JSON body. */
    async json<T = Record<string, unknown>>(path: string): Promise<T> {
      const response = await request('GET', path)
      if (response.status !== 200) throw new Error(`GET ${path} on ${server.url}: ${response.status} ${await response.text()}`)
      return (await response.json()) as T
    },
  }
}

async function login(server: CmsServer, email: string, password: string): Promise<Client> {
  const response = await client(server).post('/users/login', { email, password })
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error(`login of ${email} on ${server.url} failed: ${response.status} ${JSON.stringify(body)}`)
  return client(server, body.token)
}

async function created<T = { id: number }>(response: Response): Promise<T> {
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { doc: T }).doc
}

/** POST /api/articles/:id/workflow, in order, failing loudly on the first refusal. */
async function workflow(id: number, steps: [Client, string, Record<string, unknown>?][]) {
  for (const [actor, action, extra] of steps) {
    const response = await actor.post(`/articles/${id}/workflow`, { action, ...extra })
    if (response.status !== 200) throw new Error(`${action} refused: ${response.status} ${await response.text()}`)
  }
}

async function approvedArticle(title: string) {
  const article = await created<{ id: number; slug: string }>(
    await as.editor.post('/articles', articleData({ title, citations: [basics.citation], conditions: [basics.condition] })),
  )
  await workflow(article.id, [
    [as.editor, 'submit'],
    [as.reviewer, 'approve'],
  ])
  return article
}

beforeAll(async () => {
  a = await startCmsServer({ seed: true, env: instanceEnv })
  const replicaUrl = new URL(a.databaseUrl)
  replicaUrl.searchParams.set('application_name', REPLICA_APP_NAME)
  b = await startCmsServer({
    databaseUrl: a.databaseUrl,
    payloadSecret: a.payloadSecret,
    env: { ...instanceEnv, DATABASE_READ_REPLICA_URLS: replicaUrl.href },
  })
  db = new pg.Client({ connectionString: a.databaseUrl })
  await db.connect()
  receiver = await startWebhookReceiver()

  // The cast, created by the seeded admin through instance A; each signs in where they work.
  const admin = await login(a, a.admin.email, a.admin.password)
  const users = {} as Record<'editor' | 'reviewer' | 'publisher', { email: string; password: string }>
  for (const [name, role] of [
    ['editor', 'editor'],
    ['reviewer', 'medical-reviewer'],
    ['publisher', 'publisher'],
  ] as const) {
    users[name] = { email: `${name}-${Date.now()}@example.test`, password: `pw-${name}-${Math.random().toString(36).slice(2)}` }
    await created(await admin.post('/users', { ...users[name], name: `Scale ${name}`, roles: [role] }))
  }
  as = {
    admin,
    editor: await login(a, users.editor.email, users.editor.password),
    reviewer: await login(a, users.reviewer.email, users.reviewer.password),
    publisher: await login(a, users.publisher.email, users.publisher.password),
  }
  const condition = await created(
    await admin.post('/conditions', { name: `Knee cartilage ${Date.now()}`, category: 'orthopaedic', summary: 'Wear of the knee.' }),
  )
  const citation = await created(await as.editor.post('/citations', citationData()))
  basics = { citation: citation.id, condition: condition.id }
}, 300_000)

afterAll(async () => {
  await receiver?.stop()
  await db?.end()
  // The attached instance first; A owns the database and drops it.
  await b?.stop()
  await a?.stop()
})

describe('two CMS instances on one PostgreSQL', () => {
  it('see each other’s sessions: a token from A works on B', async () => {
    const me = await client(b, as.editor.token).get('/users/me')
    expect(me.status).toBe(200)
    const signedInOnB = await login(b, a.admin.email, a.admin.password)
    expect((await signedInOnB.json<{ user: { email: string } }>('/users/me')).user.email).toBe(a.admin.email)
  })

  it('a publish through A changes B’s ETags and cached responses at once', async () => {
    const article = await approvedArticle(`Before the edit ${Date.now()}`)
    await workflow(article.id, [[as.publisher, 'publish']])

    const anonymousB = client(b)
    const list = '/articles?limit=12&depth=1&sort=-updatedAt'
    const bySlug = `/articles?where[slug][equals]=${article.slug}&depth=1&limit=1`
    // Warm B: read twice, so the response cache holds these responses and B serves them from it.
    const before: Record<string, { etag: string; body: string }> = {}
    for (const path of [list, bySlug]) {
      const first = await anonymousB.get(path)
      expect(first.status, path).toBe(200)
      await first.body?.cancel()
      const response = await anonymousB.get(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get(CACHE_STATUS), path).toBe('hit')
      expect(response.headers.get('cache-control')).toMatch(/public/)
      before[path] = { etag: response.headers.get('etag')!, body: await response.text() }
      expect(before[path].etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/)
      expect(before[path].etag).toBe(first.headers.get('etag'))
      expect(before[path].body).toContain('Before the edit')
      const revalidated = await anonymousB.get(path, { 'If-None-Match': before[path].etag })
      expect(revalidated.status, path).toBe(304)
      expect(revalidated.headers.get(CACHE_STATUS), path).toBe('hit')
    }

    // Edit the live article and take it through review again, all on A.
    const newTitle = `After the edit ${Date.now()}`
    const edit = await as.editor.patch(`/articles/${article.id}?draft=true`, { title: newTitle })
    expect(edit.status).toBe(200)
    await workflow(article.id, [
      [as.editor, 'submit'],
      [as.reviewer, 'approve'],
      [as.publisher, 'publish'],
    ])

    // At once, one request each, on B: the new content under a new ETag; the old ETag no longer
    // matches, and the entry B served before is not served again.
    for (const path of [list, bySlug]) {
      const response = await anonymousB.get(path, { 'If-None-Match': before[path]!.etag })
      expect(response.status, path).toBe(200)
      expect(response.headers.get(CACHE_STATUS), path).toBe('miss')
      const etag = response.headers.get('etag')
      expect(etag, path).toMatch(/^"[A-Za-z0-9_-]{43}"$/)
      expect(etag, path).not.toBe(before[path]!.etag)
      const body = (await response.json()) as { docs: { id: number; title: string }[] }
      expect(body.docs.find((doc) => doc.id === article.id)?.title, path).toBe(newTitle)
      // …and the fresh response is what the cache serves from now on.
      const again = await anonymousB.get(path)
      expect(again.headers.get(CACHE_STATUS), path).toBe('hit')
      expect(again.headers.get('etag'), path).toBe(etag)
      await again.body?.cancel()
    }
    expect((await anonymousB.get(`/articles/${article.id}`)).status).toBe(200)
    expect((await anonymousB.json<{ title: string }>(`/articles/${article.id}`)).title).toBe(newTitle)
  })

  it('reads anonymously on B through the read-replica pool (DATABASE_READ_REPLICA_URLS)', async () => {
    // The replica pool holds a connection from start-up, so its mere presence proves nothing: the
    // read must be the last thing one of its connections did. For 2 s after a write of its own
    // (B's sign-in above) an instance reads from the primary by design, so this waits that out.
    let attempt = 0
    const readThroughB = async () => {
      const { rows: clock } = await db.query<{ now: Date }>('select clock_timestamp() as now')
      // Asked for the first time, so the response cache cannot answer it and Payload reads the database.
      const response = await client(b).get(`/articles?limit=1&depth=0&where[slug][equals]=replica-read-${Date.now()}-${attempt++}`)
      await response.body?.cancel()
      const { rows } = await db.query<{ query: string }>(
        `select query from pg_stat_activity
         where application_name = $1 and datname = current_database() and state_change >= $2`,
        [REPLICA_APP_NAME, clock[0]!.now],
      )
      return {
        status: response.status,
        cache: response.headers.get(CACHE_STATUS),
        onReplica: rows.some((row) => /^select .* from "articles"/is.test(row.query)),
      }
    }
    await expect.poll(readThroughB, { timeout: 10_000, interval: 250 }).toEqual({ status: 200, cache: 'miss', onReplica: true })
  })

  it('holds the leads rate limit across both: the N+1-th submission, on either, is refused', async () => {
    const client = { 'X-Forwarded-For': '198.51.100.200' }
    const statuses: number[] = []
    for (let i = 0; i <= RATE_LIMIT; i++) {
      const server = i % 2 === 0 ? a : b
      // Invalid submissions count as much as valid ones, and send no e-mail.
      const response = await fetch(`${server.url}/api/leads/submit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...client },
        body: JSON.stringify({ kind: 'newsletter', consent: true }),
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([...Array<number>(RATE_LIMIT).fill(400), 429])
    // …and the other instance refuses the next one as well.
    const next = await fetch(`${(RATE_LIMIT + 1) % 2 === 0 ? a.url : b.url}/api/leads/submit`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...client },
      body: JSON.stringify({ kind: 'newsletter', consent: true }),
    })
    expect(next.status).toBe(429)
    expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('runs a scheduled publish exactly once with both instances’ job runners active', { timeout: 60_000 }, async () => {
    const endpoint = await created(
      await as.admin.post('/webhook-endpoints', { url: receiver.url, events: ['published'], secret: 'scale-out-secret', active: true }),
    )
    const article = await approvedArticle(`Scheduled on two instances ${Date.now()}`)
    const publishAt = new Date(Date.now() + 3_000).toISOString()
    await workflow(article.id, [[as.publisher, 'schedule', { publishAt }]])
    const jobsForArticle = async () =>
      (
        await db.query<{ id: number; processing: boolean; completed_at: Date | null }>(
          `select id, processing, completed_at from payload_jobs where task_slug = 'publishScheduledArticle' and (input->>'article')::int = $1`,
          [article.id],
        )
      ).rows
    expect(await jobsForArticle()).toHaveLength(1)

    // Both runners poll the default queue on the same cron ticks (every 2 s, SCHEDULED_PUBLISH_CRON).
    await expect.poll(async () => (await client(b).get(`/articles/${article.id}`)).status, { timeout: 30_000, interval: 250 }).toBe(200)
    expect((await client(a).json<{ workflowState: string }>(`/articles/${article.id}`)).workflowState).toBe('published')

    // The job is done and gone: nothing is left that either runner could claim again.
    await expect.poll(jobsForArticle, { timeout: 10_000, interval: 250 }).toEqual([])
    // The delivery it queued has been made (by whichever instance claimed it).
    const deliveries = async () =>
      (
        await as.admin.json<{ docs: { status: string; attempts: number; event: string }[] }>(
          `/webhook-deliveries?where[endpoint][equals]=${endpoint.id}&limit=100&depth=0`,
        )
      ).docs
    await expect
      .poll(async () => (await deliveries()).map((delivery) => delivery.status), { timeout: 20_000, interval: 250 })
      .toEqual(['delivered'])

    // Exactly once: one publish on the trail, one published version, one delivery, one call received.
    const trail = await as.admin.json<{ docs: { action: string; comment?: string }[] }>(
      `/workflow-events?where[article][equals]=${article.id}&limit=100&sort=createdAt`,
    )
    expect(trail.docs.filter((event) => event.action === 'publish')).toEqual([
      expect.objectContaining({ action: 'publish', comment: 'Published at the scheduled time.' }),
    ])
    const { rows: versions } = await db.query<{ n: string }>(
      `select count(*) as n from _articles_v where parent_id = $1 and version__status = 'published'`,
      [article.id],
    )
    expect(Number(versions[0]!.n)).toBe(1)
    expect((await deliveries()).map((delivery) => [delivery.event, delivery.attempts])).toEqual([['published', 1]])
    const calls = receiver.calls.filter((call) => (JSON.parse(call.body) as { article: { id: number } }).article.id === article.id)
    expect(calls).toHaveLength(1)
    // No run left behind: no job for it at all, claimed or waiting, on either instance.
    expect(await jobsForArticle()).toEqual([])
  })
})
