import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

import { SEARCH_CONFIG } from './searchVectorColumn'

/** [start, end) in UTF-16 code units of the field's text, as JavaScript indexes strings. */
export type MatchRange = [start: number, end: number]

export interface FieldHighlights {
  title: MatchRange[]
  excerpt: MatchRange[]
}

// Private-use characters mark the matches PostgreSQL found; they are never rendered or returned.
const START = '\uE000'
const STOP = '\uE001'
const HEADLINE_OPTIONS = `HighlightAll=true, StartSel="${START}", StopSel="${STOP}"`

/**
 * The match ranges in a text `ts_headline` marked. Offsets, not HTML: the site renders them as text
 * in <mark> elements, so nothing in an article's text can become markup. A text that itself holds a
 * marker character, or that PostgreSQL returned changed, gets no ranges rather than wrong ones.
 */
export function rangesOfMarked(marked: string, original: string): MatchRange[] {
  if (original.includes(START) || original.includes(STOP)) return []
  const ranges: MatchRange[] = []
  let plain = ''
  let start: number | undefined
  for (const char of marked) {
    if (char === START) start = plain.length
    else if (char === STOP) {
      if (start !== undefined && plain.length > start) {
        const last = ranges.at(-1)
        // "stem cells" marked word by word reads better as one run when only spaces lie between.
        if (last && /^\s*$/u.test(plain.slice(last[1], start))) last[1] = plain.length
        else ranges.push([start, plain.length])
      }
      start = undefined
    } else plain += char
  }
  return plain === original ? ranges : []
}

/** Where the query (as typed, or widened) matches each result's title and excerpt. */
export async function highlightsOf(
  db: PostgresAdapter,
  tsquery: SQL,
  docs: readonly { id: number; title?: string | null; excerpt?: string | null }[],
): Promise<Record<string, FieldHighlights>> {
  if (docs.length === 0) return {}
  const input = JSON.stringify(docs.map((doc) => ({ id: doc.id, title: doc.title ?? '', excerpt: doc.excerpt ?? '' })))
  const result = await db.drizzle.execute<{ id: number; title: string; excerpt: string }>(sql`
    select d.id,
      ts_headline(${SEARCH_CONFIG}::regconfig, d.title, ${tsquery}, ${HEADLINE_OPTIONS}) as title,
      ts_headline(${SEARCH_CONFIG}::regconfig, d.excerpt, ${tsquery}, ${HEADLINE_OPTIONS}) as excerpt
    from jsonb_to_recordset(${input}::jsonb) as d(id integer, title text, excerpt text)`)
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const highlights: Record<string, FieldHighlights> = {}
  for (const row of result.rows) {
    const doc = byId.get(Number(row.id))
    if (!doc) continue
    highlights[String(row.id)] = {
      title: rangesOfMarked(row.title, doc.title ?? ''),
      excerpt: rangesOfMarked(row.excerpt, doc.excerpt ?? ''),
    }
  }
  return highlights
}
