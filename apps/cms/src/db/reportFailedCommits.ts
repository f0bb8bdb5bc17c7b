import { randomUUID } from 'node:crypto'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'

type Transaction = PostgresAdapter['sessions'][string]['db']

/** Thrown into our own transaction callback to make Drizzle roll back; never reaches a caller. */
class RollbackRequested extends Error {}

/**
 * Makes a failed COMMIT fail the operation.
 *
 * Payload 3.90's Drizzle transactions swallow every error after BEGIN: `commitTransaction` catches
 * what the COMMIT throws, so when the connection drops between the last write and the COMMIT
 * (PostgreSQL restarting, a network cut) the operation still answers 201 with an id that was never
 * stored. `pnpm bench`'s fault run caught one such citation in 812 acknowledged creates.
 *
 * Here a transaction's promise is kept and awaited by the commit, so a failed COMMIT throws: Payload
 * then answers 500 and the client knows to retry. Rolling back still never throws.
 */
export function withReportedCommitFailures(adapterObj: DatabaseAdapterObj<PostgresAdapter>): DatabaseAdapterObj<PostgresAdapter> {
  return {
    ...adapterObj,
    init(args) {
      const adapter = adapterObj.init(args)

      adapter.beginTransaction = async function beginTransaction(options) {
        await this.initializing
        let end!: { commit(): void; rollback(): void }
        let started!: (tx: Transaction) => void
        let failedToStart!: (error: unknown) => void
        const ready = new Promise<Transaction>((resolve, reject) => {
          started = resolve
          failedToStart = reject
        })
        const done = this.drizzle.transaction(
          async (tx) => {
            await new Promise<void>((commit, rollback) => {
              end = { commit, rollback: () => rollback(new RollbackRequested()) }
              started(tx as unknown as Transaction)
            })
          },
          (options || this.transactionOptions) as Parameters<typeof this.drizzle.transaction>[1],
        )
        done.catch(failedToStart)

        let tx: Transaction
        try {
          tx = await ready
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          this.payload.logger.error({ err: error, msg: `Error: cannot begin transaction: ${message}` })
          throw new Error(`Error: cannot begin transaction: ${message}`, { cause: error })
        }
        const id = randomUUID()
        this.sessions[id] = {
          db: tx,
          resolve: async () => {
            end.commit()
            await done
          },
          reject: async () => {
            end.rollback()
            await done.catch(() => undefined)
          },
        }
        return id
      }

      adapter.commitTransaction = async function commitTransaction(incomingID = '') {
        const id = incomingID instanceof Promise ? await incomingID : incomingID
        const session = this.sessions[id]
        if (!session) return
        delete this.sessions[id]
        await session.resolve()
      }

      return adapter
    },
  }
}
