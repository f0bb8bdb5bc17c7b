import { randomBytes } from 'node:crypto'
import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { WEBHOOK_EVENTS } from '../../webhooks/events'
import { standardSecret } from '../../webhooks/signature'

/** Where marketing's tools want to hear about live content changes. Admins manage them. */
// Plugins (src/plugins): list size cap, literal like search.
export const WebhookEndpoints: CollectionConfig<'webhook-endpoints'> = {
  slug: 'webhook-endpoints',
  labels: { singular: 'Webhook endpoint', plural: 'Webhook endpoints' },
  admin: { useAsTitle: 'url', defaultColumns: ['url', 'events', 'active'], group: 'Admin' },
  access: { create: admins, read: admins, update: admins, delete: admins },
  fields: [
    {
      name: 'url',
      label: 'URL',
      type: 'text',
      required: true,
      validate: (value: string | null | undefined) => {
        try {
          const url = new URL(value ?? '')
          return ['http:', 'https:'].includes(url.protocol) || 'Use an http:// or https:// address.'
        } catch {
          return 'Enter a full address, e.g. https://hooks.example.com/clinic.'
        }
      },
    },
    { name: 'description', type: 'text' },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: [...WEBHOOK_EVENTS],
      defaultValue: WEBHOOK_EVENTS.map((event) => event.value),
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      defaultValue: () => randomBytes(32).toString('hex'),
      admin: {
        description:
          'Shared with the receiver. Deliveries are signed the Standard Webhooks way (webhook-id, webhook-timestamp, webhook-signature); give the receiver’s library the signing secret below.',
      },
    },
    {
      // What Standard Webhooks libraries take: `whsec_` + base64 of the secret (webhooks/signature.ts).
      name: 'signingSecret',
      label: 'Signing secret (Standard Webhooks)',
      type: 'text',
      virtual: true,
      admin: { readOnly: true },
      hooks: {
        afterRead: [({ siblingData }) => (typeof siblingData?.secret === 'string' ? standardSecret(siblingData.secret) : undefined)],
      },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
  ],
}
