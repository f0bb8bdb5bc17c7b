import type { CollectionConfig } from 'payload'

/**
 * Counters for the public leads endpoint (rate limit per client, duplicate window per e-mail),
 * shared by every CMS instance because they live in PostgreSQL. Only src/collections/Leads/counters.ts
 * touches the table, with one atomic upsert per hit; no API, no admin screen.
 */
// Plugins (src/plugins): list size cap, literal like search.
export const RateLimitHits: CollectionConfig = {
  slug: 'rate-limit-hits',
  admin: { hidden: true },
  access: {
    create: () => false,
    delete: () => false,
    read: () => false,
    update: () => false,
  },
  endpoints: false,
  timestamps: false,
  fields: [
    // A hash: `submit:<client>` or `duplicate:<kind>:<e-mail>`, never an address in the clear.
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'windowStart', type: 'date', required: true, index: true },
    { name: 'count', type: 'number', required: true },
  ],
}
