import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { citationData } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let db: PostgresAdapter

beforeAll(async () => {
  t = await startTestPayload()
  db = t.payload.db as unknown as PostgresAdapter
})
afterAll(() => t?.stop())

/** A create inside a transaction of our own, and the PostgreSQL backend that holds it. */
async function createInTransaction(title: string) {
  const transactionID = await db.beginTransaction()
  const req = { payload: t.payload, transactionID } as unknown as PayloadRequest
  const doc = await t.payload.create({ collection: 'citations', data: citationData({ title }), req, overrideAccess: true })
  const { rows } = await db.sessions[String(transactionID)]!.db.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`)
  return { transactionID: transactionID!, id: doc.id, pid: rows[0]!.pid }
}

const stored = async (id: number) =>
  (await t.payload.find({ collection: 'citations', where: { id: { equals: id } }, overrideAccess: true })).totalDocs

describe('a transaction whose COMMIT fails', () => {
  it('fails the operation instead of acknowledging a write that was never stored', async () => {
    const { transactionID, id, pid } = await createInTransaction('Lost in a restart')
    // What a PostgreSQL restart does to a connection between the last write and the COMMIT.
    await db.pool.query('select pg_terminate_backend($1)', [pid])
    await expect(db.commitTransaction(transactionID)).rejects.toThrow()
    expect(await stored(id)).toBe(0)
  })

  it('still commits normally, and rolls back without throwing', async () => {
    const committed = await createInTransaction('Committed')
    await db.commitTransaction(committed.transactionID)
    expect(await stored(committed.id)).toBe(1)

    const rolledBack = await createInTransaction('Rolled back')
    await expect(db.rollbackTransaction(rolledBack.transactionID)).resolves.toBeUndefined()
    expect(await stored(rolledBack.id)).toBe(0)
  })
})
