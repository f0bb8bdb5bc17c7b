/**
 * One PostgreSQL server per test run (embedded unless DATABASE_URL names one), and one template
 * database with every committed migration applied. Each test file clones the template, so files
 * never see each other's rows and the migrations themselves are exercised on every run.
 */
import { randomBytes } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { createDatabase, databaseUrl, dropDatabase, startTestServer } from '@clinic/dev-postgres'

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

  const appDir = path.resolve(import.meta.dirname, '../..')
  execFileSync('pnpm', ['exec', 'payload', 'migrate'], {
    cwd: appDir,
    env: { ...process.env, DATABASE_URL: databaseUrl(server.serverUrl, template) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })

  project.provide('postgresServerUrl', server.serverUrl)
  project.provide('templateDatabase', template)

  return async () => {
    await dropDatabase(server.serverUrl, template)
    await server.stop()
  }
}
