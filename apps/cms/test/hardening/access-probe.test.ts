/**
 * The access probe (issue 10): for every role — anonymous, marketing's API key, editor, medical
 * reviewer, publisher, marketing, admin — random requests over every collection and operation, on
 * drafts and published content, over REST and the local API (`overrideAccess: false`), checked
 * against the expected access written once in probe/oracle.ts. CI runs a sample; the long run is
 * `pnpm --filter @clinic/cms probe:access -- --requests 10000 [--seed N]`.
 *
 * PROBE_SEED reproduces a run; PROBE_REQUESTS changes the sample size per role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { randomSeed } from './probe/prng'
import { PROBE_ROLES, TRANSPORTS } from './probe/roles'
import type * as ProbeModule from './probe/runProbe'
import type { ProbeReport } from './probe/runProbe'

// Loaded once the test database exists: the CMS's modules read DATABASE_URL when first imported.
let probe: typeof ProbeModule
const describeFindings = (r: ProbeReport) => probe.describeFindings(r)
const totals = (r: ProbeReport) => probe.totals(r)

const seed = Number(process.env.PROBE_SEED ?? randomSeed())
const requestsPerRole = Number(process.env.PROBE_REQUESTS ?? 150)

let t: TestPayload
let report: ProbeReport

beforeAll(async () => {
  // Background job runners would write while the probe compares the database before and after.
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  console.log(`access probe: seed ${seed} (PROBE_SEED=${seed} reproduces it), ${requestsPerRole} requests per role`)
  probe = await import('./probe/runProbe')
  report = await probe.runAccessProbe(t.payload, t.rest, { requestsPerRole, seed })
  console.log(
    `${probe.countsTable(report)}\n(${report.seconds.toFixed(1)} s)\n${describeFindings(report)}\n5xx answers:\n${probe.describeServerErrors(report)}\n${probe.describeProbeErrors(report)}`,
  )
}, 600_000)
afterAll(() => t?.stop())

describe(`the access probe (seed ${seed})`, () => {
  it('asked every role, over both transports, the number of requests it was told to', () => {
    for (const role of PROBE_ROLES) {
      const asked = TRANSPORTS.reduce((sum, transport) => sum + report.counts[role][transport].requests, 0)
      expect(asked, role).toBe(requestsPerRole)
      expect(report.counts[role].rest.requests, `${role} over REST`).toBeGreaterThan(0)
      expect(report.counts[role].local.requests, `${role} over the local API`).toBeGreaterThan(0)
    }
  })

  it('carried out and checked every request, and kept its fixture up (no errors of the probe itself)', () => {
    expect(report.probeErrorCount, probe.describeProbeErrors(report)).toBe(0)
  })

  it('exercised both sides of the oracle: requests it must allow and requests it must refuse', () => {
    const all = totals(report)
    expect(all.allowed).toBeGreaterThan(0)
    expect(all.denied).toBeGreaterThan(0)
    // Allowed writes did write: the write log that proves refused ones wrote nothing is live.
    expect(report.allowedRowsWritten).toBeGreaterThan(0)
  })

  it('leaked no draft, lead, secret or account to anyone who may not see it', () => {
    expect(totals(report).leaks, describeFindings(report)).toBe(0)
  })

  it('let nobody write what the oracle refuses', () => {
    expect(totals(report).unauthorizedWrites, describeFindings(report)).toBe(0)
  })
})
