import type { CollectionBeforeOperationHook, CollectionConfig, Where } from 'payload'

import { appendHooks } from './appendHooks'

/**
 * Payload's operators that wrap the text in `ILIKE '%…%'`. (`not_like` passes its value to
 * `NOT ILIKE` as a pattern without wrapping it, so there `%` is the caller's own wildcard.)
 */
const PATTERN_OPERATORS = new Set(['like', 'contains'])

/** `%`, `_` and the escape character itself, taken literally by PostgreSQL's ILIKE. */
export function escapeLikePattern(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`)
}

/**
 * The same `where` with every `like` and `contains` text taken literally. Payload
 * wraps the text in `%…%` without escaping it, so a search for "50%" matched "50" followed by
 * anything and `_` matched any character (issue 15.9): a search box is not a pattern language.
 */
export function literalLikeWhere(where: Where): Where {
  const result: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      result[key] = value.map((clause) => (clause && typeof clause === 'object' ? literalLikeWhere(clause as Where) : clause))
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      result[key] = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([operator, operand]) => [
          operator,
          PATTERN_OPERATORS.has(operator) && typeof operand === 'string' ? escapeLikePattern(operand) : operand,
        ]),
      ) as Where[string]
    } else {
      result[key] = value
    }
  }
  return result
}

const literalLikeSearch: CollectionBeforeOperationHook = ({ args }) => {
  const { where } = args as { where?: unknown }
  if (!where || typeof where !== 'object' || Array.isArray(where)) return args
  return { ...args, where: literalLikeWhere(where as Where) }
}

/** Applies to every operation that takes a `where` (lists, counts, bulk updates and deletes), on every API. */
export function withLiteralLikeSearch(collection: CollectionConfig): CollectionConfig {
  return appendHooks(collection, { beforeOperation: [literalLikeSearch] })
}
