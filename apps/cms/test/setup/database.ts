/**
 * One PostgreSQL server per test run (embedded unless DATABASE_URL names one), and one template
 * database with every committed migration applied. Each test file clones the template, so files
 * never see each other's rows and the migrations themselves are exercised on every run.
 */
import { randomBytes } from 'node:crypto'
import type { TestProject } from 'vitest/node'

import { createDatabase, databaseUrl, dropDatabase, startTestServer } from '@clinic/dev-postgres'

import { bundleCmsFile, runNode } from '../helpers/nodeScripts'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresServerUrl: string
    templateDatabase: string
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer()
  const template = `clinic_test_template_${randomBytes(4).toString('hex')}`
  await createDatabase(server.serverUrl, template)

  // The same script `pnpm start` runs, bundled afresh so it matches the sources under test.
  const prepare = await bundleCmsFile('scripts/prepare.ts')
  await runNode([prepare], {
    env: { ...process.env, DATABASE_URL: databaseUrl(server.serverUrl, template), LOG_LEVEL: 'warn' },
    timeoutMs: 120_000,
  })

  project.provide('postgresServerUrl', server.serverUrl)
  project.provide('templateDatabase', template)

  return async () => {
    await dropDatabase(server.serverUrl, template)
    await server.stop()
  }
}
