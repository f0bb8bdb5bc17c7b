import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createHmac } from 'node:crypto'

import { Webhook } from 'standardwebhooks'

import { standardSecret, verifyWebhook } from '../../src/webhooks/signature'
import { createPublishedArticle } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'
import { startWebhookReceiver } from '../helpers/webhookReceiver'
import { actAll, signInEveryone } from '../workflow/helpers'

let t: TestPayload
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
const SECRET = 'test-webhook-secret'

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  receiver = await startWebhookReceiver()
  await t.payload.create({
    collection: 'webhook-endpoints',
    data: { url: receiver.url, secret: SECRET, events: ['published', 'unpublished', 'updated-while-published', 'deleted'], active: true },
    overrideAccess: true,
  })
})
afterAll(async () => {
  await receiver?.stop()
  await t?.stop()
})
beforeEach(() => {
  receiver.behave('ok')
  receiver.calls.length = 0
})

const runQueue = () => t.payload.jobs.run({ queue: 'webhooks', limit: 50 })
const deliveriesFor = async (articleId: number) =>
  (await t.payload.find({ collection: 'webhook-deliveries', overrideAccess: true, limit: 100, sort: 'createdAt' })).docs.filter(
    (d) => (d.body as { article: { id: number } }).article.id === articleId,
  )
const callsFor = (articleId: number) => receiver.calls.filter((call) => JSON.parse(call.body).article.id === articleId)
const publish = () => createPublishedArticle(t.payload)

describe('webhooks', () => {
  it('deliver a signed "published" event that a receiver can verify', async () => {
    const article = await publish()
    await runQueue()
    expect(callsFor(article.id)).toHaveLength(1)
    const [call] = callsFor(article.id)
    // Standard Webhooks: the receiver's library accepts it with the endpoint's signing secret…
    const headers = call!.headers as Record<string, string>
    const receiver = new Webhook(standardSecret(SECRET))
    expect(receiver.verify(call!.body, headers)).toMatchObject({ event: 'published' })
    expect(() => receiver.verify(call!.body.replace('published', 'deleted'), headers)).toThrow()
    expect(() => new Webhook(standardSecret('another-secret')).verify(call!.body, headers)).toThrow()
    // …and the signature is the spec's, recomputed here by hand: base64 HMAC-SHA256 of "id.timestamp.body".
    const signed = `${headers['webhook-id']}.${headers['webhook-timestamp']}.${call!.body}`
    expect(headers['webhook-signature']).toBe(`v1,${createHmac('sha256', Buffer.from(SECRET, 'utf8')).update(signed).digest('base64')}`)
    const [stored] = await deliveriesFor(article.id)
    expect(headers['webhook-id']).toBe(`msg_${stored!.id}`)
    // The signature receivers built before Standard Webhooks check is still sent (deprecated).
    expect(verifyWebhook(SECRET, call!.body, call!.headers['x-clinic-signature'] as string)).toBe(true)
    expect(verifyWebhook('another-secret', call!.body, call!.headers['x-clinic-signature'] as string)).toBe(false)
    expect(verifyWebhook(SECRET, call!.body.replace('published', 'deleted'), call!.headers['x-clinic-signature'] as string)).toBe(false)
    expect(call!.headers['x-clinic-event']).toBe('published')
    expect(JSON.parse(call!.body).article).toMatchObject({ id: article.id, slug: article.slug })
    const [delivery] = await deliveriesFor(article.id)
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 204 })
  })

  it('announce re-publishing, unpublishing and deletion of live articles, but not drafts saved over them', async () => {
    const { as } = await signInEveryone(t)
    const article = await publish()
    expect((await as.editor.patch(`/articles/${article.id}?draft=true`, { title: 'Only a draft' })).status).toBe(200)
    await actAll(article.id, [
      [as.editor, 'submit'],
      [as.reviewer, 'approve'],
      [as.publisher, 'publish'],
      [as.publisher, 'unpublish'],
    ])
    const deleted = await publish()
    await t.payload.delete({ collection: 'articles', id: deleted.id, overrideAccess: true })

    const events = (await deliveriesFor(article.id)).map((d) => d.event)
    expect(events).toEqual(['published', 'updated-while-published', 'unpublished'])
    expect((await deliveriesFor(deleted.id)).map((d) => d.event)).toEqual(['published', 'deleted'])
    await runQueue()
    // The queue delivers concurrently, so a receiver may get them in any order (each says when it happened).
    expect(
      callsFor(article.id)
        .map((call) => call.headers['x-clinic-event'])
        .sort(),
    ).toEqual([...events].sort())
  })

  it('record a failing receiver and retry until it answers', async () => {
    receiver.behave('fail')
    const article = await publish()
    await runQueue()
    let [delivery] = await deliveriesFor(article.id)
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: 500 })
    expect(delivery!.lastError).toMatch(/HTTP 500/)

    receiver.behave('ok')
    // The backoff keeps the retry waiting; move its due time to now instead of sleeping.
    await t.payload.update({
      collection: 'payload-jobs',
      where: { queue: { equals: 'webhooks' } },
      data: { waitUntil: new Date(0).toISOString() },
      overrideAccess: true,
    })
    await runQueue()
    ;[delivery] = await deliveriesFor(article.id)
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 204 })
    expect(callsFor(article.id)).toHaveLength(2)
  })

  it('never hold up publishing, even when the receiver hangs', async () => {
    receiver.behave('hang')
    const article = await publish()
    expect(callsFor(article.id)).toHaveLength(0)
    expect((await t.payload.findByID({ collection: 'articles', id: article.id }))._status).toBe('published')
    const [pending] = await deliveriesFor(article.id)
    expect(pending!.status).toBe('pending')

    await runQueue()
    const [delivery] = await deliveriesFor(article.id)
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1 })
    expect(delivery!.lastError).toMatch(/timeout|aborted/i)
  })

  it('can be re-sent by an admin, and only by an admin', async () => {
    const article = await publish()
    await runQueue()
    const [delivery] = await deliveriesFor(article.id)
    const editorUser = await createUser(t.payload, ['editor'])
    const editor = await t.rest.login(editorUser.email, editorUser.password)
    expect((await editor.post(`/webhook-deliveries/${delivery!.id}/resend`, {})).status).toBe(403)
    expect((await editor.get('/webhook-deliveries')).status).toBe(403)

    const adminUser = await createUser(t.payload, ['admin'])
    const admin = await t.rest.login(adminUser.email, adminUser.password)
    expect((await admin.post(`/webhook-deliveries/${delivery!.id}/resend`, {})).status).toBe(200)
    await runQueue()
    expect(callsFor(article.id)).toHaveLength(2)
    expect((await deliveriesFor(article.id))[0]).toMatchObject({ status: 'delivered', attempts: 2 })
  })
})
