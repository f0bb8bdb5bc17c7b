import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** Tables whose rows are a cache of reads, not data: a read may fill them. */
const NOT_DATA = new Set(['response_cache', 'probe_write_log'])

export interface RowWrite {
  table: string
  op: 'INSERT' | 'UPDATE' | 'DELETE'
  rowId: string | null
  parentId: string | null
}

/**
 * Every row any statement inserts, updates or deletes, recorded by a trigger on every table of the
 * probe's database, committed or not with the statement's own transaction. "The database is
 * unchanged" after a refused request means: no row was written at all.
 */
export class WriteLog {
  private lastId = 0

  private constructor(private readonly db: PostgresAdapter) {}

  static async install(payload: Payload): Promise<WriteLog> {
    const db = payload.db as unknown as PostgresAdapter
    await db.drizzle.execute(sql`
      create table if not exists probe_write_log (
        id bigserial primary key, tbl text not null, op text not null, row_id text, parent_id text)`)
    await db.drizzle.execute(
      sql.raw(`
      create or replace function probe_log_write() returns trigger language plpgsql as $$
      declare r jsonb;
      begin
        if TG_OP = 'DELETE' then r := to_jsonb(OLD); else r := to_jsonb(NEW); end if;
        insert into probe_write_log (tbl, op, row_id, parent_id)
          values (TG_TABLE_NAME, TG_OP, r->>'id', coalesce(r->>'parent_id', r->>'_parent_id'));
        return null;
      end $$`),
    )
    const tables = await db.drizzle.execute<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public'`)
    for (const { tablename } of tables.rows) {
      if (NOT_DATA.has(tablename)) continue
      await db.drizzle.execute(
        sql.raw(
          `create or replace trigger probe_write after insert or update or delete on "${tablename}" for each row execute function probe_log_write()`,
        ),
      )
    }
    const log = new WriteLog(db)
    await log.since()
    return log
  }

  /** The rows written since the last call. */
  async since(): Promise<RowWrite[]> {
    const result = await this.db.drizzle.execute<{
      id: string | number
      tbl: string
      op: RowWrite['op']
      row_id: string | null
      parent_id: string | null
    }>(sql`select id, tbl, op, row_id, parent_id from probe_write_log where id > ${this.lastId} order by id`)
    const rows = result.rows
    if (rows.length > 0) this.lastId = Number(rows[rows.length - 1]!.id)
    return rows.map((r) => ({ table: r.tbl, op: r.op, rowId: r.row_id, parentId: r.parent_id }))
  }
}

/** The main table of a collection ("webhook-endpoints" → "webhook_endpoints") and its versions table. */
export function tablesOf(collection: string) {
  const main = collection.replace(/-/g, '_')
  return { main, versions: `_${main}_v` }
}

/** The documents of a collection a set of row writes touched (main rows and their versions). */
export function touchedDocs(writes: RowWrite[], collection: string): Set<string> {
  const { main, versions } = tablesOf(collection)
  const ids = new Set<string>()
  for (const w of writes) {
    if (w.table === main && w.rowId) ids.add(w.rowId)
    if (w.table === versions && w.parentId) ids.add(w.parentId)
  }
  return ids
}
