import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import { countEverything, currentSiteText } from './helpers'
import type { RestClient } from '../helpers/rest'

let t: TestPayload
let admin: RestClient
let editor: RestClient

beforeAll(async () => {
  t = await startTestPayload()
  const adminUser = await createUser(t.payload, ['admin'])
  const editorUser = await createUser(t.payload, ['editor'])
  admin = await t.rest.login(adminUser.email, adminUser.password)
  editor = await t.rest.login(editorUser.email, editorUser.password)
})
afterAll(async () => t?.stop())

function upload(text: string, name = 'current-site-1.txt') {
  const form = new FormData()
  form.append('file', new File([text], name, { type: 'text/plain' }))
  form.append('_payload', JSON.stringify({}))
  return form
}

describe('POST /api/legacy-imports (the admin upload)', () => {
  it('refuses editors and anonymous visitors, and stores nothing', async () => {
    const before = await countEverything(t.payload)
    expect((await editor.postForm('/legacy-imports', upload(currentSiteText()))).status).toBe(403)
    // An anonymous upload this size is refused before anything reads it (the public body limit, 413).
    expect([403, 413]).toContain((await t.rest.postForm('/legacy-imports', upload(currentSiteText()))).status)
    expect((await editor.get('/legacy-imports')).status).toBe(403)
    expect(await countEverything(t.payload)).toEqual(before)
  })

  it('as an admin: imports the file and stores the report with a readable summary', async () => {
    const response = await admin.postForm('/legacy-imports', upload(currentSiteText()))
    const body = (await response.json()) as {
      doc: { id: number; summary: string; report: { ok: boolean; pages: { action: string; kind: string }[] } }
    }
    expect(response.status).toBe(201)
    expect(body.doc.summary).toMatch(/^21 pages: 7 created, 14 skipped\. 6 articles stored in review/)
    expect(body.doc.report.ok).toBe(true)
    expect(body.doc.report.pages).toHaveLength(21)

    const articles = await t.payload.find({ collection: 'articles', limit: 100, overrideAccess: true })
    expect(articles.totalDocs).toBe(6)
    expect(new Set(articles.docs.map((article) => article.workflowState))).toEqual(new Set(['in_review']))
    // Created by the import (the system), not as the admin's own drafts.
    expect(articles.docs.every((article) => article.importNote?.startsWith('Imported from current-site-1.txt'))).toBe(true)

    const read = await admin.get(`/legacy-imports/${body.doc.id}`)
    expect(read.status).toBe(200)
    expect((await editor.get(`/legacy-imports/${body.doc.id}`)).status).toBe(403)
  })

  it('as an admin: a second upload of the same file creates no article', async () => {
    const response = await admin.postForm('/legacy-imports', upload(currentSiteText()))
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { summary: string } }
    expect(doc.summary).toMatch(/^21 pages: 1 reused, 20 skipped\./)
    expect((await t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(6)
  })

  it('as an admin: a file that is not a site export is refused with its message, storing nothing', async () => {
    const before = await countEverything(t.payload)
    const response = await admin.postForm(
      '/legacy-imports',
      upload('purple otter lamp seventeen quickly marble between umbrella\n'.repeat(10), 'notes.txt'),
    )
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0]!.message).toMatch(/^This file was not imported: /)
    expect(await countEverything(t.payload)).toEqual(before)
  })
})
