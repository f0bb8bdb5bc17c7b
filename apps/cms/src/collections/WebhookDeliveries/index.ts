import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { WEBHOOK_EVENTS } from '../../webhooks/events'
import { resendDelivery } from './endpoints/resend'

const nobody = () => false

/** The log of every webhook call: what was sent, how often it was tried, how it went. */
// Plugins (src/plugins): list size cap, literal like search.
export const WebhookDeliveries: CollectionConfig<'webhook-deliveries'> = {
  slug: 'webhook-deliveries',
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    defaultColumns: ['event', 'endpoint', 'status', 'attempts', 'lastStatusCode', 'createdAt'],
    group: 'Admin',
  },
  // Written only by the system; admins read them and re-send from the edit view.
  access: { create: nobody, read: admins, update: nobody, delete: admins },
  endpoints: [resendDelivery],
  fields: [
    { name: 'endpoint', type: 'relationship', relationTo: 'webhook-endpoints', required: true, index: true },
    { name: 'event', type: 'select', options: [...WEBHOOK_EVENTS], required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: 'Pending' },
        { value: 'delivered', label: 'Delivered' },
        { value: 'failed', label: 'Failed (retrying or given up)' },
      ],
    },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'lastStatusCode', type: 'number' },
    { name: 'lastError', type: 'text' },
    { name: 'lastAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'deliveredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'body', type: 'json', required: true },
    {
      name: 'resend',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/collections/WebhookDeliveries/components/ResendButton#ResendButton' } },
    },
  ],
}
