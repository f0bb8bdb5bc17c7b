import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { MAX_CACHED_BODY_CHARS, store, sweep } from '../../src/http/responseCache/store'
import { CACHE_STATUS_HEADER } from '../../src/http/responseCache/withResponseCache'
import { createPublishedArticle } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** Issue 15 item 3: nobody can fill the response-cache table. Checked on the table itself. */
let t: TestPayload
const pool = () => (t.payload.db as unknown as PostgresAdapter).pool
const count = async () => Number((await pool().query<{ n: string }>('select count(*) as n from response_cache')).rows[0]!.n)

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  await createPublishedArticle(t.payload, { title: 'Bounded cache article' })
})
afterAll(() => t?.stop())
beforeEach(async () => {
  await pool().query('delete from response_cache')
})

describe('the response cache', () => {
  it('refuses unknown parameters instead of minting an entry per junk value', async () => {
    for (let n = 0; n < 200; n += 1) {
      const response = await t.rest.get(`/articles?limit=5&junk=${n}`)
      expect(response.status).toBe(400)
    }
    expect(await count()).toBe(0)
  })

  it('keys on the parameters as Payload reads them: order and encoding share one entry', async () => {
    const spellings = [
      '/articles?limit=5&depth=0&sort=-publishedAt',
      '/articles?depth=0&limit=5&sort=-publishedAt',
      '/articles?sort=-publishedAt&limit=5&depth=0',
      '/articles?limit=%35&depth=0&sort=%2DpublishedAt',
      '/%61rticles?limit=5&depth=0&sort=-publishedAt',
    ]
    const statuses = []
    for (const path of spellings) statuses.push((await t.rest.get(path)).headers.get(CACHE_STATUS_HEADER))
    expect(statuses).toEqual(['miss', 'hit', 'hit', 'hit', 'hit'])
    expect(await count()).toBe(1)
  })

  it('does not store a response above the size limit', async () => {
    const { generation } = (
      await pool().query<{ generation: string }>(
        'select coalesce((select generation from response_cache_state where id = 1), 0) as generation',
      )
    ).rows[0]!
    await store(
      pool(),
      'big',
      Number(generation),
      { etag: '"big"', contentType: 'application/json', body: 'x'.repeat(MAX_CACHED_BODY_CHARS + 1) },
      600,
    )
    await store(pool(), 'small', Number(generation), { etag: '"small"', contentType: 'application/json', body: 'x' }, 600)
    expect((await pool().query('select key from response_cache')).rows.map((row) => row.key)).toEqual(['small'])
  })

  it('keeps the total size under the cap, dropping the oldest entries first', async () => {
    const { generation } = (
      await pool().query<{ generation: string }>(
        'select coalesce((select generation from response_cache_state where id = 1), 0) as generation',
      )
    ).rows[0]!
    for (let n = 0; n < 10; n += 1) {
      await store(
        pool(),
        `entry-${n}`,
        Number(generation),
        { etag: `"${n}"`, contentType: 'application/json', body: randomBytes(3000).toString('base64') },
        600 + n,
      )
    }
    const sizeOf = async () =>
      Number((await pool().query<{ n: string }>('select coalesce(sum(pg_column_size(body)), 0) as n from response_cache')).rows[0]!.n)
    const cap = Math.floor((await sizeOf()) / 2)
    await sweep(pool(), Number(generation), cap)
    const kept = (await pool().query<{ key: string }>('select key from response_cache order by key')).rows.map((row) => row.key)
    expect(kept.length).toBeGreaterThan(0)
    expect(kept.length).toBeLessThan(10)
    // The newest (latest expiry) are kept.
    expect(kept).toContain('entry-9')
    expect(kept).not.toContain('entry-0')
    expect(await sizeOf()).toBeLessThanOrEqual(cap)
  })
})
