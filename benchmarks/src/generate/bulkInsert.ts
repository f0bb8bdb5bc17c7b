import type pg from 'pg'

/** A column and its PostgreSQL type; the type lets one array parameter carry the whole column. */
export type Column = readonly [name: string, sqlType: string]

/**
 * One multi-row INSERT whatever the row count: each column travels as a single array parameter and
 * `unnest` turns them back into rows. Far faster than row-by-row inserts, and no parameter limit.
 */
export async function insertRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly Column[],
  rows: readonly unknown[][],
): Promise<void> {
  if (rows.length === 0) return
  const names = columns.map(([name]) => `"${name}"`).join(', ')
  const arrays = columns.map(([, sqlType], i) => `$${i + 1}::${sqlType}[]`).join(', ')
  const values = columns.map((_, i) => rows.map((row) => row[i]))
  await client.query(`insert into "${table}" (${names}) select * from unnest(${arrays})`, values)
}
