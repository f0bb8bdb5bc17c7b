import { bigint, index, integer, pgTable, text, timestamp } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/**
 * The response cache lives in PostgreSQL, not in one process, so every CMS instance sees the same
 * entries and the same invalidation. An entry is valid only for the generation it was computed
 * under; any change to public content bumps the one generation row (see invalidate.ts).
 */
export const responseCacheTable = pgTable(
  'response_cache',
  {
    key: text('key').primaryKey(),
    generation: bigint('generation', { mode: 'number' }).notNull(),
    etag: text('etag').notNull(),
    contentType: text('content_type').notNull(),
    body: text('body').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (table) => [index('response_cache_generation_idx').on(table.generation)],
)

export const responseCacheStateTable = pgTable('response_cache_state', {
  id: integer('id').primaryKey(),
  generation: bigint('generation', { mode: 'number' }).notNull(),
})

/** Declared in the Drizzle schema so `payload migrate:create` keeps the tables in the one schema it generates. */
export const addResponseCacheTables: SchemaHook = ({ schema }) => ({
  ...schema,
  tables: {
    ...schema.tables,
    response_cache: responseCacheTable,
    response_cache_state: responseCacheStateTable,
  },
})
