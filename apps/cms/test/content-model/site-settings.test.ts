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

  it('refuses a risky claim in the public copy, naming the field and the words, and keeps the stored copy', async () => {
    await admin.post('/globals/site-settings', settings)
    const risky = { ...settings, callToAction: { ...settings.callToAction, text: 'Our FDA approved stem cell treatment can cure IPF.' } }
    const response = await admin.post('/globals/site-settings', risky)
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    const fields = body.errors[0]!.data!.errors!
    expect(fields.map((field) => field.path)).toEqual(expect.arrayContaining(['callToAction.text']))
    expect(fields.map((field) => field.message).join(' ')).toMatch(/FDA approved|cure/i)
    expect((await t.payload.findGlobal({ slug: 'site-settings' })).callToAction?.text).toBe(settings.callToAction.text)
    // Negated or plain wording is fine.
    expect((await admin.post('/globals/site-settings', { ...settings, tagline: 'Stem cell therapy is not a cure; we explain the research.' })).status).toBe(200)
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
