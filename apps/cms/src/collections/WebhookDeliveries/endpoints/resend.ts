import type { Endpoint } from 'payload'

import { hasRole } from '../../../auth/hasRole'
import { WEBHOOK_QUEUE } from '../../../webhooks/enqueueDeliveries'

/** POST /api/webhook-deliveries/:id/resend — queue the same delivery again (admins). */
export const resendDelivery: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return Response.json({ errors: [{ message: 'Only admins can re-send webhooks.' }] }, { status: 403 })
    const id = Number(req.routeParams?.id)
    const delivery = await req.payload.findByID({ collection: 'webhook-deliveries', id, overrideAccess: true, disableErrors: true, req })
    if (!delivery) return Response.json({ errors: [{ message: 'No such delivery.' }] }, { status: 404 })
    await req.payload.update({ collection: 'webhook-deliveries', id, data: { status: 'pending' }, overrideAccess: true, req })
    await req.payload.jobs.queue({ task: 'deliverWebhook', input: { delivery: id }, queue: WEBHOOK_QUEUE, req })
    return Response.json({ message: 'Queued for delivery.' })
  },
}
