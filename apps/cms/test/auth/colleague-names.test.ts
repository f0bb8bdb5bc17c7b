/**
 * Issue 18: reviewers and publishers saw an article's author as "Untitled - ID: 3", because only
 * admins could read other accounts. Now everyone signed in reads colleagues' names, and nothing
 * else of theirs: e-mail addresses, roles and API-key state stay the owner's and the admin's, and
 * cannot be probed by filtering or sorting on them. API keys still list nobody.
 */
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser, type TestUser } from '../helpers/users'

let t: TestPayload
const people: Record<'editor' | 'reviewer' | 'marketing' | 'admin', { user: TestUser; rest: RestClient }> = {} as never

beforeAll(async () => {
  t = await startTestPayload()
  for (const [key, role] of [
    ['editor', 'editor'],
    ['reviewer', 'medical-reviewer'],
    ['marketing', 'marketing'],
    ['admin', 'admin'],
  ] as const) {
    const user = await createUser(t.payload, [role])
    people[key] = { user, rest: await t.rest.login(user.email, user.password) }
  }
})
afterAll(() => t?.stop())

type UserDoc = { id: number; name?: string; email?: string; roles?: string[]; enableAPIKey?: boolean }

describe('colleagues by name', () => {
  it('shows a reviewer every colleague’s name and nobody else’s e-mail, roles or key state', async () => {
    const response = await people.reviewer.rest.get('/users?limit=100')
    expect(response.status).toBe(200)
    const docs = (await response.json()).docs as UserDoc[]
    const editor = docs.find((doc) => doc.id === people.editor.user.id)
    expect(editor?.name).toBe('Test editor')
    expect(editor).not.toHaveProperty('email')
    expect(editor).not.toHaveProperty('roles')
    expect(editor).not.toHaveProperty('enableAPIKey')
    const serialized = JSON.stringify(docs)
    for (const other of [people.editor, people.marketing, people.admin]) expect(serialized).not.toContain(other.user.email)
    // Their own account is whole.
    const self = docs.find((doc) => doc.id === people.reviewer.user.id)
    expect(self?.email).toBe(people.reviewer.user.email)
    expect(self?.roles).toEqual(['medical-reviewer'])
  })

  it('refuses filtering or sorting colleagues by the private fields', async () => {
    const byEmail = await people.editor.rest.get(`/users?where[email][like]=${encodeURIComponent(people.admin.user.email.slice(0, 5))}`)
    expect(byEmail.status).toBe(400)
    expect(JSON.stringify(await byEmail.json())).toMatch(/email/)
    const byRole = await people.editor.rest.get('/users?where[roles][in]=admin')
    expect(byRole.status).toBe(400)
    const sorted = await people.marketing.rest.get('/users?sort=email&limit=100')
    expect(sorted.status).toBe(400)
  })

  it('lets the admin read and filter everything, as before', async () => {
    const response = await people.admin.rest.get(`/users?where[email][equals]=${encodeURIComponent(people.editor.user.email)}`)
    expect(response.status).toBe(200)
    const [doc] = (await response.json()).docs as UserDoc[]
    expect(doc).toMatchObject({ id: people.editor.user.id, email: people.editor.user.email, roles: ['editor'] })
  })

  it('never lists staff to an API key, and keeps key issuing the admin’s', async () => {
    const key = randomUUID()
    const feed = await createUser(t.payload, ['marketing'])
    await t.payload.update({ collection: 'users', id: feed.id, data: { enableAPIKey: true, apiKey: key }, overrideAccess: true })
    const withKey = t.rest.withHeaders({ Authorization: `users API-Key ${key}` })
    expect((await withKey.get('/users')).status).toBe(403)

    // Marketing may edit its own account but not issue itself a key.
    const selfIssued = await people.marketing.rest.patch(`/users/${people.marketing.user.id}`, { enableAPIKey: true, apiKey: randomUUID() })
    const stored = await t.payload.findByID({ collection: 'users', id: people.marketing.user.id, overrideAccess: true })
    expect(stored.enableAPIKey ?? false).toBe(false)
    expect(selfIssued.status).toBe(403)
    expect(JSON.stringify(await selfIssued.json())).toContain('Only an admin can issue or revoke API keys.')
    // The admin UI only offers "Generate new API key" where the field may be updated.
    const permissions = (await (await people.marketing.rest.get('/access')).json()) as {
      collections: { users: { fields: Record<string, { update?: boolean }> } }
    }
    expect(permissions.collections.users.fields.apiKey?.update ?? false).toBe(false)
    expect(permissions.collections.users.fields.enableAPIKey?.update ?? false).toBe(false)
    const adminPermissions = (await (await people.admin.rest.get('/access')).json()) as typeof permissions
    expect(adminPermissions.collections.users.fields.apiKey?.update).toBe(true)
  })
})
