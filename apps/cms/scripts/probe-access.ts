/**
 * The long access probe (issue 10): `pnpm --filter @clinic/cms probe:access -- --requests 10000 [--seed N]`.
 * Starts a throwaway PostgreSQL (or uses DATABASE_URL's server, on a database of its own), applies
 * the migrations, builds the probe's fixture and sends N random requests per role (7 roles, REST and
 * the local API). Prints the counts; stdout ends with them as a markdown table. Exits 1 on any leak
 * or unauthorized write. The CI sample is test/hardening/access-probe.test.ts.
 */
import { randomBytes } from 'node:crypto'

import { createDatabase, databaseUrl, dropDatabase, startTestServer } from '@clinic/dev-postgres'

function option(name: string, fallback: number): number {
  const args = process.argv.slice(2).filter((arg) => arg !== '--')
  const at = args.indexOf(`--${name}`)
  if (at === -1) return fallback
  const value = Number(args[at + 1])
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`)
  return value
}

const requestsPerRole = option('requests', 10_000)
const seed = option('seed', Math.floor(Math.random() * 2 ** 31))

process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL ??= 'fatal'
const server = await startTestServer()
const name = `clinic_probe_${randomBytes(6).toString('hex')}`
await createDatabase(server.serverUrl, name)
const url = databaseUrl(server.serverUrl, name)
let exitCode: number
try {
  process.env.DATABASE_URL = url
  // The CMS's modules read DATABASE_URL when first imported.
  const { getPayload } = await import('payload')
  const config = await (await import('../src/payload.config')).default
  const { RestClient } = await import('../test/helpers/rest')
  const probe = await import('../test/hardening/probe/runProbe')
  const { closePayload } = await import('../src/utilities/closePayload')
  const { bundledMigrations } = await import('../src/db/bundledMigrations')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: bundledMigrations })
  console.log(`access probe: seed ${seed} (--seed ${seed} reproduces it), ${requestsPerRole} requests per role`)
  const report = await probe.runAccessProbe(payload, new RestClient(config), { requestsPerRole, seed, log: (line) => console.log(line) })
  await closePayload(payload)
  const all = probe.totals(report)
  console.log(`\n${probe.describeFindings(report)}`)
  console.log(`5xx answers (${all.serverErrors}), most frequent:\n${probe.describeServerErrors(report)}`)
  console.log(`\n${probe.describeProbeErrors(report)}`)
  console.log(`\nTime per step:\n${probe.describeTimings(report)}`)
  console.log(
    `\n${all.requests} requests in ${report.seconds.toFixed(0)} s, seed ${seed}: ${all.leaks} leaks, ${all.unauthorizedWrites} unauthorized writes, ${report.probeErrorCount} probe errors.\n`,
  )
  console.log(probe.countsTable(report))
  exitCode = all.leaks === 0 && all.unauthorizedWrites === 0 ? 0 : 1
} finally {
  await dropDatabase(server.serverUrl, name).catch(() => {})
  await server.stop()
}
process.exit(exitCode)
