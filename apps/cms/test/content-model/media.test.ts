import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let t: TestPayload
let editor: RestClient
let png: Buffer

beforeAll(async () => {
  process.env.MEDIA_DIR = await mkdtemp(path.join(tmpdir(), 'clinic-media-'))
  t = await startTestPayload()
  const user = await createUser(t.payload, ['editor'])
  editor = await t.rest.login(user.email, user.password)
  png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#7aa' } }).png().toBuffer()
})
afterAll(() => t?.stop())

function upload(fields: Record<string, unknown>) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'clinic.png')
  form.append('_payload', JSON.stringify(fields))
  return form
}

describe('media', () => {
  it('stores an upload with its alt text and the image sizes the site uses', async () => {
    const response = await editor.postForm('/media', upload({ alt: 'A calm clinic waiting room' }))
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    expect(doc.alt).toBe('A calm clinic waiting room')
    expect(doc.sizes.thumbnail).toMatchObject({ width: 400, height: 300, mimeType: 'image/webp' })
    expect(doc.sizes.card.width).toBe(768)
    expect((await t.rest.get(`/media/${doc.id}`)).status).toBe(200)
    expect((await editor.delete(`/media/${doc.id}`)).status).toBe(200)
  })

  it('refuses an image without alt text, naming the field, and stores nothing', async () => {
    const response = await editor.postForm('/media', upload({}))
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].data.errors).toContainEqual(expect.objectContaining({ path: 'alt' }))
    expect((await t.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('cannot be uploaded anonymously', async () => {
    expect((await t.rest.postForm('/media', upload({ alt: 'x' }))).status).toBe(403)
  })
})
