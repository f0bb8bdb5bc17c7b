import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let t: TestPayload
let admin: RestClient
let editor: RestClient

const settings = {
  clinicName: 'Example Regenerative Clinic',
  phone: '(555) 010-0199',
  email: 'care@example.test',
  callToAction: { heading: 'Talk to a care coordinator', text: 'We answer within one business day.', buttonLabel: 'Request information packet' },
}

beforeAll(async () => {
  t = await startTestPayload()
  const adminUser = await createUser(t.payload, ['admin'])
  admin = await t.rest.login(adminUser.email, adminUser.password)
  const editorUser = await createUser(t.payload, ['editor'])
  editor = await t.rest.login(editorUser.email, editorUser.password)
})
afterAll(() => t?.stop())

describe('site settings', () => {
  it('are set by an admin and read by anyone', async () => {
    expect((await admin.post('/globals/site-settings', settings)).status).toBe(200)
    const read = await (await t.rest.get('/globals/site-settings')).json()
    expect(read).toMatchObject(settings)
  })

  it('cannot be changed by an editor or anonymously', async () => {
    await admin.post('/globals/site-settings', settings)
    expect((await editor.post('/globals/site-settings', { ...settings, phone: '000' })).status).toBe(403)
    expect((await t.rest.post('/globals/site-settings', { ...settings, phone: '000' })).status).toBe(403)
    expect((await t.payload.findGlobal({ slug: 'site-settings' })).phone).toBe(settings.phone)
  })

  it('refuses an invalid e-mail address, naming the field', async () => {
    const response = await admin.post('/globals/site-settings', { ...settings, email: 'not-an-email' })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].data.errors).toContainEqual(expect.objectContaining({ path: 'email' }))
  })
})
