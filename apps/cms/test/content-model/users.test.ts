import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser, type TestUser } from '../helpers/users'

let t: TestPayload
let admin: RestClient
let editor: RestClient
let editorUser: TestUser

beforeAll(async () => {
  t = await startTestPayload()
  const adminUser = await createUser(t.payload, ['admin'])
  admin = await t.rest.login(adminUser.email, adminUser.password)
  editorUser = await createUser(t.payload, ['editor'])
  editor = await t.rest.login(editorUser.email, editorUser.password)
})
afterAll(() => t?.stop())

describe('users and roles', () => {
  it('lets an admin create a user with several roles, change them and delete the user', async () => {
    const create = await admin.post('/users', {
      email: 'reviewer@example.test',
      password: 'a-long-password-1',
      name: 'Dr Reviewer',
      roles: ['medical-reviewer', 'publisher'],
    })
    expect(create.status).toBe(201)
    const { doc } = await create.json()
    expect(doc.roles).toEqual(['medical-reviewer', 'publisher'])
    expect(doc.password).toBeUndefined()

    const patch = await admin.patch(`/users/${doc.id}`, { roles: ['marketing'] })
    expect((await patch.json()).doc.roles).toEqual(['marketing'])
    expect((await admin.delete(`/users/${doc.id}`)).status).toBe(200)
  })

  it('does not let an editor give themselves another role', async () => {
    await editor.patch(`/users/${editorUser.id}`, { roles: ['admin'], name: 'Renamed editor' })
    const stored = await t.payload.findByID({ collection: 'users', id: editorUser.id, overrideAccess: true })
    expect(stored.roles).toEqual(['editor'])
    expect(stored.name).toBe('Renamed editor')
  })

  it('does not let an editor create users, and shows them colleagues by name only', async () => {
    const before = (await t.payload.count({ collection: 'users', overrideAccess: true })).totalDocs
    expect((await editor.post('/users', { email: 'x@example.test', password: 'pw-123456789', name: 'X' })).status).toBe(403)
    expect((await t.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(before)
    // Issue 18: colleagues' names, so the admin shows an article's author; nothing else of theirs.
    const list = (await (await editor.get('/users')).json()) as { docs: { id: number; name?: string; email?: string; roles?: string[] }[] }
    expect(list.docs.length).toBe(before)
    for (const user of list.docs.filter((u) => u.id !== editorUser.id)) {
      expect(user.name).toEqual(expect.any(String))
      expect(user).not.toHaveProperty('email')
      expect(user).not.toHaveProperty('roles')
    }
  })

  it('shows anonymous visitors no users at all', async () => {
    expect((await t.rest.get('/users')).status).toBe(403)
  })

  it('refuses a role that does not exist, naming the field', async () => {
    const response = await admin.post('/users', {
      email: 'bad-role@example.test',
      password: 'a-long-password-2',
      name: 'Bad role',
      roles: ['superuser'],
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].data.errors).toContainEqual(expect.objectContaining({ path: 'roles' }))
  })

  it('locks an account after five wrong passwords, even against the right one', async () => {
    const user = await createUser(t.payload, ['editor'])
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await t.rest.post('/users/login', { email: user.email, password: 'wrong-password' })
      expect(wrong.status).toBe(401)
    }
    const right = await t.rest.post('/users/login', { email: user.email, password: user.password })
    expect(right.status).toBe(401)
    expect(JSON.stringify(await right.json())).toMatch(/locked/i)
  })

  it('makes whoever registers the first account an admin', async () => {
    await t.payload.delete({ collection: 'users', where: { id: { exists: true } }, overrideAccess: true })
    const response = await t.rest.post('/users/first-register', {
      email: 'owner@example.test',
      password: 'a-long-password-3',
      name: 'Clinic owner',
      roles: ['editor'],
    })
    expect(response.status).toBe(200)
    expect((await response.json()).user.roles).toEqual(['admin'])
  })
})
