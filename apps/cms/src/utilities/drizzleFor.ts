import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/** The transaction's drizzle when the request is inside one, so SQL written here commits or rolls back with the save. */
export async function drizzleFor(req: PayloadRequest) {
  const db = req.payload.db as unknown as PostgresAdapter
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  return (transactionID !== undefined && db.sessions?.[transactionID]?.db) || db.drizzle
}
