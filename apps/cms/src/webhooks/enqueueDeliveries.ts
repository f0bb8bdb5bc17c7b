import type { PayloadRequest } from 'payload'

import type { Article } from '@clinic/shared-types'

import { siteUrls } from '../endpoints/feeds/siteUrls'
import type { WebhookEvent } from './events'

export const WEBHOOK_QUEUE = 'webhooks'

/**
 * Records one delivery per subscribed endpoint and queues it. Only database writes happen here,
 * inside the publishing request's transaction; the HTTP calls happen later in the jobs queue, so a
 * slow or failing receiver never slows or breaks publishing.
 */
export async function enqueueDeliveries(req: PayloadRequest, event: WebhookEvent, article: Article) {
  const { docs: endpoints } = await req.payload.find({
    collection: 'webhook-endpoints',
    where: { and: [{ active: { equals: true } }, { events: { contains: event } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const endpoint of endpoints) {
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      data: {
        endpoint: endpoint.id,
        event,
        status: 'pending',
        attempts: 0,
        body: {
          event,
          occurredAt: new Date().toISOString(),
          article: {
            id: article.id,
            slug: article.slug,
            title: article.title,
            type: article.type,
            url: article.slug ? siteUrls.article(article.slug) : null,
            publishedAt: article.publishedAt ?? null,
          },
        },
      },
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({ task: 'deliverWebhook', input: { delivery: delivery.id }, queue: WEBHOOK_QUEUE, req })
  }
}
