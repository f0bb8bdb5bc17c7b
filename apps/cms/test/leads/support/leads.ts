import { randomBytes } from 'node:crypto'

import type { PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload, SanitizedConfig } from 'payload'

import { createRestHandlers } from '../../../src/http/restHandlers'
import type { TestPayload } from '../../helpers/testPayload'
import { liveFixture } from '../../helpers/fixtures'

export const SITE = 'http://localhost:5173'

/** A different client address per call, so tests that are not about the rate limit never meet it. */
export function newClient(): Record<string, string> {
  const b = randomBytes(3)
  return { 'X-Forwarded-For': `203.0.${b[0]}.${(b[1]! % 254) + 1}` }
}

export function uniqueEmail(label = 'visitor'): string {
  return `${label}-${randomBytes(4).toString('hex')}@example.org`
}

/**
 * Requests through the same handlers the Next.js route serves /api/* with. The RestClient only
 * sends JSON and multipart; the site's no-JavaScript forms send urlencoded bodies.
 */
export function requester(config: SanitizedConfig) {
  const handlers = createRestHandlers(config, config.routes.api)
  const call = (method: 'GET' | 'POST', path: string, init: { body?: string; headers?: Record<string, string> } = {}) => {
    const url = new URL(`${config.serverURL}${config.routes.api}${path}`)
    const slug = url.pathname.slice(config.routes.api.length + 1).split('/')
    return handlers[method](new Request(url, { method, body: init.body, headers: init.headers }), {
      params: Promise.resolve({ slug }),
    })
  }
  return {
    call,
    json: (body: unknown, headers: Record<string, string> = newClient()) =>
      call('POST', '/leads/submit', { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } }),
    form: (fields: Record<string, string>, headers: Record<string, string> = newClient()) =>
      call('POST', '/leads/submit', {
        body: new URLSearchParams(fields).toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      }),
    get: (path: string, headers: Record<string, string> = {}) => call('GET', path, { headers }),
  }
}

export async function createCondition(t: TestPayload, name = `Knee osteoarthritis ${randomBytes(2).toString('hex')}`) {
  return t.payload.create({ collection: 'conditions', data: liveFixture({ name, category: 'orthopaedic' }), overrideAccess: true })
}

export async function setClinicEmail(t: TestPayload, email: string) {
  await t.payload.updateGlobal({
    slug: 'site-settings',
    data: {
      clinicName: 'Example Regenerative Clinic',
      phone: '(555) 010-0199',
      email,
      callToAction: { heading: 'Talk to us', text: 'We answer within a day.', buttonLabel: 'Request information packet' },
    },
    overrideAccess: true,
  })
}

export function packet(conditionId: number | string, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'information-packet',
    name: 'Ada Lovelace',
    email: uniqueEmail('ada'),
    phone: '+1 555 010 0199',
    condition: conditionId,
    preferredContact: 'email',
    message: 'My knee has hurt for two years.',
    consent: true,
    sourcePage: '/conditions/knee',
    ...overrides,
  }
}

export function newsletter(overrides: Record<string, unknown> = {}) {
  return { kind: 'newsletter', email: uniqueEmail('reader'), consent: true, ...overrides }
}

/** Raw SQL on the test database, to look at counters or move time windows into the past. */
export async function query<Row extends Record<string, unknown>>(payload: Payload, statement: ReturnType<typeof sql>) {
  return (await (payload.db as unknown as PostgresAdapter).drizzle.execute<Row>(statement)).rows
}

export async function leadsByEmail(payload: Payload, email: string) {
  return (
    await payload.find({ collection: 'leads', where: { email: { equals: email } }, overrideAccess: true, showHiddenFields: true, depth: 0 })
  ).docs
}
