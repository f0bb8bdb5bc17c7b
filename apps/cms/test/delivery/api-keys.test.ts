import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { articleData } from '../helpers/fixtures'
import { createPublishedArticle } from '../helpers/publishing'
import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let t: TestPayload
let marketingKey: string
let marketingId: number
let withKey: RestClient
let published: { id: number }
let draft: { id: number }

const keyHeader = (key: string) => ({ Authorization: `users API-Key ${key}` })

beforeAll(async () => {
  t = await startTestPayload()
  marketingKey = randomUUID()
  const marketing = await t.payload.create({
    collection: 'users',
    data: {
      email: 'marketing@example.test',
      password: 'pw-marketing-1',
      name: 'Marketing',
      roles: ['marketing'],
      enableAPIKey: true,
      apiKey: marketingKey,
    },
    overrideAccess: true,
  })
  marketingId = marketing.id
  withKey = t.rest.withHeaders(keyHeader(marketingKey))
  published = await createPublishedArticle(t.payload)
  draft = await t.payload.create({ collection: 'articles', data: articleData(), draft: true, overrideAccess: true })
})
afterAll(() => t?.stop())

describe('marketing API keys', () => {
  it('read published content', async () => {
    const list = await withKey.get('/articles?limit=100')
    expect(list.status).toBe(200)
    const ids = (await list.json()).docs.map((d: { id: number }) => d.id)
    expect(ids).toContain(published.id)
    expect((await withKey.get(`/articles/${published.id}`)).status).toBe(200)
  })

  it('never see drafts, version history or users', async () => {
    const ids = (await (await withKey.get('/articles?limit=100&draft=true')).json()).docs.map((d: { id: number }) => d.id)
    expect(ids).not.toContain(draft.id)
    expect((await withKey.get(`/articles/${draft.id}`)).status).toBe(404)
    expect((await withKey.get('/articles/versions')).status).toBe(403)
    expect((await withKey.get('/users')).status).toBe(403)
    expect((await withKey.get(`/users/${marketingId}`)).status).toBe(403)
  })

  it('write nothing', async () => {
    expect((await withKey.post('/articles', articleData())).status).toBe(403)
    expect((await withKey.patch(`/articles/${published.id}`, { title: 'Changed by a key' })).status).toBe(403)
    expect((await withKey.patch(`/users/${marketingId}`, { name: 'Renamed by a key' })).status).toBe(403)
    const stored = await t.payload.findByID({ collection: 'users', id: marketingId, overrideAccess: true })
    expect(stored.name).toBe('Marketing')
  })

  it('answer a wrong key with 401 and a clear message', async () => {
    const response = await t.rest.withHeaders(keyHeader('not-a-real-key')).get('/articles')
    expect(response.status).toBe(401)
    expect((await response.json()).errors[0].message).toMatch(/API key is not valid or has been revoked/)
  })

  it('stop working once an admin revokes the key, and the refused write changes nothing', async () => {
    const key = randomUUID()
    const user = await t.payload.create({
      collection: 'users',
      data: {
        email: 'partner@example.test',
        password: 'pw-partner-1',
        name: 'Partner feed',
        roles: ['marketing'],
        enableAPIKey: true,
        apiKey: key,
      },
      overrideAccess: true,
    })
    expect((await t.rest.withHeaders(keyHeader(key)).get('/articles')).status).toBe(200)

    const adminUser = await createUser(t.payload, ['admin'])
    const admin = await t.rest.login(adminUser.email, adminUser.password)
    expect((await admin.patch(`/users/${user.id}`, { enableAPIKey: false })).status).toBe(200)

    const before = await t.payload.count({ collection: 'articles', overrideAccess: true })
    const revoked = t.rest.withHeaders(keyHeader(key))
    expect((await revoked.get('/articles')).status).toBe(401)
    expect((await revoked.post('/articles', articleData())).status).toBe(401)
    expect((await t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('are only for marketing-only accounts, and only admins issue them', async () => {
    const editorUser = await createUser(t.payload, ['editor'])
    const editor = await t.rest.login(editorUser.email, editorUser.password)
    const selfIssued = await editor.patch(`/users/${editorUser.id}`, { enableAPIKey: true, apiKey: randomUUID() })
    expect(selfIssued.status).toBe(403)

    const adminUser = await createUser(t.payload, ['admin'])
    const admin = await t.rest.login(adminUser.email, adminUser.password)
    const forEditor = await admin.patch(`/users/${editorUser.id}`, { enableAPIKey: true, apiKey: randomUUID() })
    expect(forEditor.status).toBe(400)
    expect(JSON.stringify(await forEditor.json())).toMatch(/only a user whose sole role is marketing/)
    const stored = await t.payload.findByID({ collection: 'users', id: editorUser.id, overrideAccess: true })
    expect(stored.enableAPIKey).toBeFalsy()
  })
})
