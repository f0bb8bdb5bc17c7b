import type pg from 'pg'

/**
 * Drops the secondary indexes of the tables about to be bulk-filled and returns a function that
 * rebuilds them from their own definitions. Building an index once over all rows is several times
 * faster than maintaining it row by row (the GIN index on search_vector most of all), and reading
 * the definitions from the catalogue keeps this right whatever indexes later migrations add.
 * Indexes that back a constraint (primary keys) stay.
 */
export async function dropIndexesUntilLoaded(client: pg.ClientBase, tables: readonly string[]): Promise<() => Promise<void>> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select i.relname as name, pg_get_indexdef(i.oid) as definition
       from pg_index x
       join pg_class i on i.oid = x.indexrelid
       join pg_class t on t.oid = x.indrelid
       join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = 'public' and t.relname = any($1)
        and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)`,
    [tables],
  )
  for (const { name } of rows) await client.query(`drop index "${name}"`)
  return async () => {
    for (const { definition } of rows) await client.query(definition)
  }
}
