import type { TaskConfig } from 'payload'

import { LEGACY_SIGNATURE_HEADER, signWebhook, standardWebhookHeaders } from './signature'

export const DELIVERY_TIMEOUT_MS = 5_000
export const DELIVERY_ATTEMPTS = 6

/**
 * Sends one recorded delivery. A failure is logged on the delivery and thrown, so the jobs queue
 * retries it with exponential backoff (1 s, 2 s, 4 s …) up to DELIVERY_ATTEMPTS times.
 */
export const deliverWebhookTask: TaskConfig<'deliverWebhook'> = {
  slug: 'deliverWebhook',
  label: 'Deliver a webhook',
  inputSchema: [{ name: 'delivery', type: 'relationship', relationTo: 'webhook-deliveries', required: true }],
  retries: { attempts: DELIVERY_ATTEMPTS, backoff: { type: 'exponential', delay: 1_000 } },
  handler: async ({ input, req }) => {
    const id = typeof input.delivery === 'object' ? input.delivery.id : input.delivery
    const delivery = await req.payload.findByID({ collection: 'webhook-deliveries', id, depth: 1, overrideAccess: true, req })
    const endpoint = typeof delivery.endpoint === 'object' ? delivery.endpoint : null
    if (!endpoint?.active) return { output: {} }

    const body = JSON.stringify(delivery.body)
    const attempts = (delivery.attempts ?? 0) + 1
    const record = (data: Record<string, unknown>) =>
      req.payload.update({
        collection: 'webhook-deliveries',
        id,
        data: { attempts, lastAttemptAt: new Date().toISOString(), ...data },
        overrideAccess: true,
        req,
      })

    let status: number | undefined
    const sentAt = new Date()
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'clinic-cms-webhooks/1',
          'X-Clinic-Event': delivery.event,
          'X-Clinic-Delivery': String(delivery.id),
          // The delivery's id is the message id: the same on every retry, so receivers can drop repeats.
          ...standardWebhookHeaders(endpoint.secret, `msg_${delivery.id}`, body, sentAt),
          [LEGACY_SIGNATURE_HEADER]: signWebhook(endpoint.secret, body, Math.floor(sentAt.getTime() / 1000)),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      })
      status = response.status
      await response.body?.cancel()
    } catch (error) {
      await record({ status: 'failed', lastError: (error as Error).message })
      throw error
    }
    if (status < 200 || status >= 300) {
      await record({ status: 'failed', lastStatusCode: status, lastError: `Receiver answered HTTP ${status}` })
      throw new Error(`Webhook receiver answered HTTP ${status}`)
    }
    await record({ status: 'delivered', lastStatusCode: status, lastError: null, deliveredAt: new Date().toISOString() })
    return { output: {} }
  },
}
