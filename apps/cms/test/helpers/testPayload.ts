import { randomBytes } from 'node:crypto'
import type { Payload, SanitizedConfig } from 'payload'
import { inject } from 'vitest'

import { createDatabase, databaseUrl, dropDatabase } from '@clinic/dev-postgres'

import { closePayload } from '../../src/utilities/closePayload'
import { RestClient } from './rest'

export interface TestPayload {
  payload: Payload
  config: SanitizedConfig
  /** A REST client with no credentials; `rest.as(user)` gives a signed-in one. */
  rest: RestClient
  stop(): Promise<void>
}

/** A Payload of its own on a fresh database cloned from the migrated template. */
export async function startTestPayload(): Promise<TestPayload> {
  const serverUrl = inject('postgresServerUrl')
  const name = `clinic_test_${randomBytes(6).toString('hex')}`
  await createDatabase(serverUrl, name, inject('templateDatabase'))
  process.env.DATABASE_URL = databaseUrl(serverUrl, name)

  const { getPayload } = await import('payload')
  const config = await (await import('../../src/payload.config')).default
  const payload = await getPayload({ config })

  return {
    payload,
    config,
    rest: new RestClient(config),
    async stop() {
      await closePayload(payload)
      await dropDatabase(serverUrl, name)
    },
  }
}
