import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { cacheKey } from '../../src/http/responseCache/cacheKey'
import { lookUp, store } from '../../src/http/responseCache/store'
import { CACHE_STATUS_HEADER } from '../../src/http/responseCache/withResponseCache'
import { createPublishedArticle, publishableArticleData } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { actAll, signInEveryone, type Cast } from '../workflow/helpers'
import { liveFixture } from '../helpers/fixtures'

let t: TestPayload
let cast: Cast

beforeAll(async () => {
  t = await startTestPayload()
  cast = await signInEveryone(t)
})
afterAll(() => t?.stop())

const LIST = '/articles?where[_status][equals]=published&sort=-publishedAt&limit=12&depth=1'
const cacheStatus = (response: Response) => response.headers.get(CACHE_STATUS_HEADER)
const titlesIn = async (response: Response) => ((await response.json()) as { docs: { title: string }[] }).docs.map((doc) => doc.title)

/** Reads `path` until it is served from the cache, proving the entry exists before a change. */
async function warm(path: string) {
  await t.rest.get(path)
  const hit = await t.rest.get(path)
  expect(cacheStatus(hit), path).toBe('hit')
  return hit
}

describe('anonymous published reads', () => {
  it('are answered from the cache the second time, with the same body, ETag and CORS headers', async () => {
    await createPublishedArticle(t.payload, { title: 'Cached summary one' })
    const origin = { Origin: 'http://localhost:5173' }
    const miss = await t.rest.get(`${LIST}&page=1`, origin)
    const hit = await t.rest.get(`${LIST}&page=1`, origin)
    expect([cacheStatus(miss), cacheStatus(hit)]).toEqual(['miss', 'hit'])
    expect(hit.headers.get('etag')).toBe(miss.headers.get('etag'))
    expect(await hit.text()).toBe(await miss.text())
    expect(hit.headers.get('content-type')).toBe(miss.headers.get('content-type'))
    expect(hit.headers.get('cache-control')).toBe(miss.headers.get('cache-control'))
    expect(hit.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
  })

  it('answer a matching If-None-Match from the cache with 304 and no body', async () => {
    const hit = await warm(`${LIST}&page=2`)
    const revalidated = await t.rest.get(`${LIST}&page=2`, { 'If-None-Match': hit.headers.get('etag')! })
    expect(revalidated.status).toBe(304)
    expect(cacheStatus(revalidated)).toBe('hit')
    expect(await revalidated.text()).toBe('')
  })

  it('show a newly published article at once, under a new ETag', async () => {
    const before = await warm(LIST)
    await createPublishedArticle(t.payload, { title: 'Published after the cache was warm' })
    const after = await t.rest.get(LIST, { 'If-None-Match': before.headers.get('etag')! })
    expect(after.status).toBe(200)
    expect(cacheStatus(after)).toBe('miss')
    expect(await titlesIn(after)).toContain('Published after the cache was warm')
  })

  it('drop an unpublished article and a renamed condition at once', async () => {
    const article = await createPublishedArticle(t.payload, { title: 'Soon to be unpublished' })
    const one = `/articles/${article.id}?depth=1`
    await warm(one)
    await warm(LIST)
    await actAll(article.id, [[cast.as.publisher, 'unpublish']])
    expect((await t.rest.get(one)).status).toBe(404)
    expect(await titlesIn(await t.rest.get(LIST))).not.toContain('Soon to be unpublished')

    const published = await createPublishedArticle(t.payload, { title: 'With a condition to rename' })
    const conditionId = (published.conditions as ({ id: number } | number)[]).map((c) => (typeof c === 'number' ? c : c.id))[0]!
    await warm(`/articles/${published.id}?depth=1`)
    await t.payload.update({
      collection: 'conditions',
      id: conditionId,
      data: liveFixture({ name: 'Renamed condition' }),
      overrideAccess: true,
    })
    const reread = (await (await t.rest.get(`/articles/${published.id}?depth=1`)).json()) as { conditions: { name: string }[] }
    expect(reread.conditions.map((condition) => condition.name)).toContain('Renamed condition')
  })

  it('stay cached while editors save drafts that visitors cannot see', async () => {
    await warm(LIST)
    const created = await cast.as.editor.post('/articles', await publishableArticleData(t.payload, { title: 'A private draft' }))
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    expect((await cast.as.editor.patch(`/articles/${doc.id}`, { title: 'A private draft, edited' })).status).toBe(200)
    const after = await t.rest.get(LIST)
    expect(cacheStatus(after)).toBe('hit')
    expect(await titlesIn(after)).not.toContain('A private draft, edited')
  })

  it('follow a change of the site settings (a published clinic profile)', async () => {
    await warm('/globals/site-settings')
    const profile = {
      clinicName: 'Renamed clinic',
      phone: '(555) 010-0199',
      email: 'care@example.test',
      callToAction: { heading: 'Talk to us', text: 'We answer within a day.', buttonLabel: 'Request a packet' },
    }
    const created = await cast.as.editor.post('/clinic-profile', profile)
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    await actAll(
      doc.id,
      [
        [cast.as.editor, 'submit'],
        [cast.as.reviewer, 'approve'],
        [cast.as.publisher, 'publish'],
      ],
      'clinic-profile',
    )
    const after = await t.rest.get('/globals/site-settings')
    expect(cacheStatus(after)).toBe('miss')
    expect(((await after.json()) as { clinicName: string }).clinicName).toBe('Renamed clinic')
  })
})

describe('reads the cache never answers', () => {
  it('staff sessions, API keys and draft requests go to Payload every time', async () => {
    const draftOnly = await cast.as.editor.post('/articles', await publishableArticleData(t.payload, { title: 'Draft for staff only' }))
    expect(draftOnly.status).toBe(201)
    await warm('/articles?limit=100')
    const staff = await cast.as.editor.get('/articles?limit=100')
    expect(cacheStatus(staff)).toBeNull()
    expect(await titlesIn(staff)).toContain('Draft for staff only')
    // Anonymous readers see published content only, so their draft=true is read as the published list.
    expect(await titlesIn(await t.rest.get('/articles?limit=100&draft=true'))).not.toContain('Draft for staff only')
    expect(cacheStatus(await t.rest.get('/articles?limit=100', { Authorization: 'users API-Key not-a-key' }))).toBeNull()
    expect(await titlesIn(await t.rest.get('/articles?limit=100'))).not.toContain('Draft for staff only')
  })
})

describe('a response computed while content changed', () => {
  it('is stored under the generation it was read in, and never served after the change', async () => {
    const { pool } = t.payload.db as unknown as PostgresAdapter
    const key = cacheKey('/articles', '?race=1')
    const before = await lookUp(pool, key, [])
    expect(before.entry).toBeUndefined()

    await createPublishedArticle(t.payload, { title: 'Published mid-request' })
    await store(pool, key, before.generation, { etag: '"stale"', contentType: 'application/json', body: '{"docs":[]}' }, 60)

    const after = await lookUp(pool, key, [])
    expect(after.generation).toBeGreaterThan(before.generation)
    expect(after.entry).toBeUndefined()

    await store(pool, key, after.generation, { etag: '"fresh"', contentType: 'application/json', body: '{"docs":[1]}' }, 60)
    await store(pool, key, before.generation, { etag: '"stale"', contentType: 'application/json', body: '{"docs":[]}' }, 60)
    expect((await lookUp(pool, key, [])).entry).toEqual({ etag: '"fresh"', contentType: 'application/json', body: '{"docs":[1]}' })
    expect((await lookUp(pool, key, ['"fresh"'])).entry?.body).toBeNull()
  })
})
