/**
 * `pnpm --filter @clinic/cms audit:trust`: every live article, condition and disclaimer against
 * the trust rules (@clinic/workflow TRUST_RULES): approved by its author or by an override, review
 * overdue, an unresolved risky claim, a research summary without a valid citation or a condition,
 * no applicable disclaimer. Prints each finding with a link to fix it; exits 1 when there is any.
 * Reads DATABASE_URL, else the embedded dev database `pnpm dev` uses.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startDevDatabase } from '@clinic/dev-postgres'

import { deadlineSeconds, exitAfter } from './lib/deadline'

exitAfter(deadlineSeconds('AUDIT_TIMEOUT_SECONDS', 600), 'The trust audit')
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const database = await startDevDatabase({ dataDir: path.join(appDir, '.data', 'postgres'), databaseName: 'clinic' })
process.env.DATABASE_URL = database.url
process.env.JOBS_AUTORUN = 'false'

const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { closePayload } = await import('../src/utilities/closePayload')
const { formatTrustAudit, runTrustAudit } = await import('../src/trust/liveItems')

const payload = await getPayload({ config })
let exitCode = 2
try {
  const report = await runTrustAudit(payload)
  console.log(formatTrustAudit(report))
  exitCode = report.findings.length === 0 ? 0 : 1
} catch (error) {
  console.error(`The trust audit could not run: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  await closePayload(payload)
  await database.stop()
}
process.exit(exitCode)
