import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import { act, actAll, type Cast, signInEveryone, writeSummary } from '../workflow/helpers'

let t: TestPayload
let editor: RestClient
let png: Buffer
let cast: Cast

beforeAll(async () => {
  process.env.MEDIA_DIR = await mkdtemp(path.join(tmpdir(), 'clinic-media-'))
  t = await startTestPayload()
  const user = await createUser(t.payload, ['editor'])
  editor = await t.rest.login(user.email, user.password)
  cast = await signInEveryone(t)
  png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#7aa' } })
    .png()
    .toBuffer()
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
    expect((await editor.get(`/media/${doc.id}`)).status).toBe(200)
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

describe('an image visitors see', () => {
  async function uploaded(alt: string): Promise<number> {
    const response = await cast.as.editor.postForm('/media', upload({ alt }))
    expect(response.status).toBe(201)
    return ((await response.json()) as { doc: { id: number } }).doc.id
  }
  const visitorReads = async (id: number) => (await t.rest.get(`/media/${id}`)).status
  const publishWith = async (heroImage: number) => {
    const article = await writeSummary(t, cast.as.editor, { heroImage })
    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
      [cast.as.publisher, 'publish'],
    ])
    return article
  }

  it('is readable by visitors only once published content shows it, and not after it comes down', async () => {
    const id = await uploaded('Mesenchymal stem cells under a microscope')
    expect(await visitorReads(id)).not.toBe(200)
    expect(((await (await t.rest.get('/media?limit=100')).json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id)).not.toContain(
      id,
    )
    expect(
      ((await (await cast.as.marketing.get('/media?limit=100')).json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id),
    ).not.toContain(id)
    const article = await publishWith(id)
    expect(await visitorReads(id)).toBe(200)
    const shown = (await (await t.rest.get(`/articles/${article.id}?depth=1`)).json()) as { heroImage: { alt: string } }
    expect(shown.heroImage.alt).toBe('Mesenchymal stem cells under a microscope')
    expect((await act(cast.as.publisher, article.id, 'unpublish', { comment: 'Taken down for the test' })).status).toBe(200)
    expect(await visitorReads(id)).not.toBe(200)
  })

  it('keeps its reviewed text and picture while it is on the site: changes and deletion are refused, naming the field', async () => {
    const id = await uploaded('A knee joint on an X-ray')
    await publishWith(id)
    const edit = await cast.as.editor.patch(`/media/${id}`, { alt: 'Our guaranteed cure for knee pain' })
    expect(edit.status).toBe(400)
    const errors = ((await edit.json()) as { errors: { data: { errors: { path: string; message: string }[] } }[] }).errors[0]!.data.errors
    expect(errors.map((error) => error.path)).toEqual(['alt'])
    expect(errors[0]!.message).toMatch(/reviewed change/)
    expect((await cast.as.admin.delete(`/media/${id}`)).status).not.toBe(200)
    const stored = await t.payload.findByID({ collection: 'media', id, overrideAccess: true })
    expect(stored.alt).toBe('A knee joint on an X-ray')
    // The same image's text can change freely while nothing published shows it.
    const unused = await uploaded('Draft illustration')
    expect((await cast.as.editor.patch(`/media/${unused}`, { alt: 'Draft illustration, revised' })).status).toBe(200)
  })

  it('counts an image inside a published body as shown', async () => {
    const id = await uploaded('Cells in a culture dish')
    const paragraph = (text: string) => ({
      type: 'paragraph',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      textFormat: 0,
      children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }],
    })
    const body = {
      root: {
        type: 'root',
        version: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        children: [
          paragraph('The cells were grown in culture for two weeks before use.'),
          { type: 'upload', version: 3, format: '', relationTo: 'media', value: id, fields: null },
        ],
      },
    }
    const article = await writeSummary(t, cast.as.editor, { body })
    expect(await visitorReads(id)).not.toBe(200)
    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
      [cast.as.publisher, 'publish'],
    ])
    expect(await visitorReads(id)).toBe(200)
  })

  it('never lets a save mark itself as on the site', async () => {
    const id = await uploaded('An illustration nobody published')
    await cast.as.editor.patch(`/media/${id}`, { onSite: true })
    expect(await visitorReads(id)).not.toBe(200)
  })
})
