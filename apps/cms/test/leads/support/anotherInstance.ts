/**
 * A second CMS instance in a process of its own: boots Payload from the same config on the same
 * database (DATABASE_URL) and sends the JSON submissions given as argv[2] (a JSON array) to
 * POST /api/leads/submit, each with the X-Forwarded-For in argv[3]. Prints the response statuses
 * as a JSON array. Nothing is shared with the test process but PostgreSQL.
 */
import { handleEndpoints } from 'payload'

const bodies = JSON.parse(process.argv[2] ?? '[]') as unknown[]
const forwardedFor = process.argv[3] ?? '192.0.2.1'
const config = (await import('../../../src/payload.config')).default

const statuses: number[] = []
for (const body of bodies) {
  const awaited = await config
  const request = new Request(`${awaited.serverURL}${awaited.routes.api}/leads/submit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
    body: JSON.stringify(body),
  })
  const response = await handleEndpoints({ config, request })
  statuses.push(response.status)
}
process.stdout.write(`${JSON.stringify(statuses)}\n`)
process.exit(0)
