import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

import type { Alternative, QueryExpansion } from './expandQuery'
import { SEARCH_CONFIG } from './searchVectorColumn'

const config = sql.raw(`'${SEARCH_CONFIG}'::regconfig`)

const tsqueryOfAlternative = (alternative: Alternative): SQL =>
  alternative.phrase ? sql`phraseto_tsquery(${config}, ${alternative.text})` : sql`plainto_tsquery(${config}, ${alternative.text})`

/**
 * The widened query as one tsquery: each part of the query matched by any of its alternatives, parts
 * joined as typed (and, `or`), an excluded word still excluded as typed. Parameters only, never text
 * pasted into SQL.
 */
export function broaderTsquery(expansion: QueryExpansion): SQL | null {
  if (!expansion.broadened) return null
  const clauses: SQL[] = []
  for (const unit of expansion.units) {
    const anyAlternative = sql`(${sql.join(unit.alternatives.map(tsqueryOfAlternative), sql` || `)})`
    const clause = unit.negated ? sql`!!${tsqueryOfAlternative(unit.alternatives[0]!)}` : anyAlternative
    const previous = clauses.pop()
    if (unit.orWithPrevious && previous !== undefined) clauses.push(sql`(${previous} || ${clause})`)
    else {
      if (previous !== undefined) clauses.push(previous)
      clauses.push(clause)
    }
  }
  if (clauses.length === 0) return null
  return sql`(${sql.join(clauses, sql` && `)})`
}
