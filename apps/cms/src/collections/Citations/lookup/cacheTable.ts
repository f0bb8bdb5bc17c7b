import { index, jsonb, pgTable, text, timestamp } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/**
 * Successful lookups by normalised identifier ("pmid:9500320", "doi:10.1000/x", "pmcid:PMC123"),
 * so an editor looking the same paper up again, or two editors on different instances, cost NCBI
 * one request. A plain table rather than a (hidden) collection: it is a cache, not content — it needs
 * no admin view, REST surface, access rules, versions or a place in the access probe, and every
 * instance shares it through PostgreSQL like the response cache.
 */
export const citationLookupCacheTable = pgTable(
  'citation_lookup_cache',
  {
    key: text('key').primaryKey(),
    /** The package's successful LookupResult, as JSON. */
    result: jsonb('result').notNull(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true, mode: 'string' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (table) => [index('citation_lookup_cache_expires_at_idx').on(table.expiresAt)],
)

/** Declared in the Drizzle schema so `payload migrate:create` keeps the table in the one schema it generates. */
export const addCitationLookupCacheTable: SchemaHook = ({ schema }) => ({
  ...schema,
  tables: { ...schema.tables, citation_lookup_cache: citationLookupCacheTable },
})
