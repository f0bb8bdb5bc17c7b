import { LIMITS, PUBLIC_PATH_PARAMS, type Tier } from './limits'
import type { FieldKinds, FieldKind } from './fieldKinds'
import { PUBLIC_FIELDS, isPublicQueryPath } from './publicFields'

/** Why a request is refused: the HTTP status and a message naming the parameter and the limit. */
export interface Refusal {
  status: 400 | 404 | 413 | 415
  message: string
}

/** Payload's `where` operators; anything else is a typo or a probe. */
const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
/** PostgreSQL `integer`, the type of every id column; a larger number fails the query with a 500. */
export const MAX_ID = 2_147_483_647
/** Values one `in`/`not_in`/`all` list may hold. */
const MAX_LIST_VALUES = 100

export interface QueryInput {
  tier: Tier
  /** The path below `/api`, percent-decoded, e.g. `/articles` or `/globals/site-settings`. */
  apiPath: string
  /** The query string parsed as Payload parses it (qs, depth 10). */
  query: Record<string, unknown>
  /** Per collection, what each field is (its type, its choices): see fieldKinds.ts. */
  fields?: FieldKinds
}

const refuse = (message: string, status: Refusal['status'] = 400): Refusal => ({ status, message })

/** The collection (or global) a REST path reads, if it is one. */
export function entityOf(apiPath: string): string | undefined {
  const [first, second] = apiPath.split('/').filter(Boolean)
  return first === 'globals' ? second : first
}

/**
 * Checks a REST request's query against the caller's limits and, for public callers, the fields
 * they may use. Pure: the same answer for the same input, whatever Payload would do with it.
 */
export function checkQuery({ tier, apiPath, query, fields }: QueryInput): Refusal | null {
  const limits = LIMITS[tier]
  const entity = entityOf(apiPath) ?? ''
  const isPublic = tier === 'public'

  if (isPublic) {
    const known = PUBLIC_PATH_PARAMS.find((entry) => entry.path.test(apiPath))?.params
    if (known) {
      const unknown = Object.keys(query).find((name) => !known.includes(name))
      if (unknown !== undefined) {
        return refuse(
          `Unknown parameter "${unknown}" for ${apiPath}; this path accepts ${known.length ? known.join(', ') : 'no parameters'}.`,
        )
      }
    }
  }

  for (const [name, max, min] of [
    ['depth', limits.depth, 0],
    ['page', limits.page, 1],
    ['limit', Number.MAX_SAFE_INTEGER, 0],
  ] as const) {
    if (!(name in query)) continue
    const value = query[name]
    if (typeof value !== 'string' || !/^\d{1,16}$/.test(value) || Number(value) < min || Number(value) > max) {
      return refuse(`${name} must be a whole number from ${min} to ${max === Number.MAX_SAFE_INTEGER ? 'any' : max}.`)
    }
  }
  for (const name of ['draft', 'pagination', 'trash'] as const) {
    if (name in query && query[name] !== 'true' && query[name] !== 'false') return refuse(`${name} must be true or false.`)
  }

  let where: unknown = query.where
  if (typeof where === 'string') {
    // Payload also accepts `where` as JSON text (parseParams); malformed JSON would be a 500.
    if (where === '') where = undefined
    else {
      try {
        where = JSON.parse(where)
      } catch {
        return refuse('where must be bracketed parameters (where[field][operator]=value) or a JSON object.')
      }
    }
  }
  if (where !== undefined) {
    const problem = checkWhere(where, { tier, entity, label: 'where', fields })
    if (problem) return problem
  }

  if ('sort' in query) {
    const fields = (Array.isArray(query.sort) ? query.sort : [query.sort]).flatMap((value) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((field) => field.trim())
            .filter(Boolean)
        : [null],
    )
    if (fields.includes(null)) return refuse('sort must be field names separated by commas.')
    if (fields.length > limits.sortFields) return refuse(`sort may name at most ${limits.sortFields} fields.`)
    for (const field of fields as string[]) {
      const path = field.replace(/^[-+]/, '')
      const problem = checkPath(path, { tier, entity, label: `sort (${path})` })
      if (problem) return problem
    }
  }

  if ('select' in query) {
    const select = query.select
    if (!isRecord(select)) return refuse('select must be select[field]=true or select[field]=false.')
    if (isPublic) {
      const allowed = PUBLIC_FIELDS[entity]?.select ?? []
      const field = Object.keys(select).find((name) => !allowed.includes(name))
      if (field !== undefined)
        return refuse(`select[${field}] is not available; public readers may select ${allowed.join(', ') || 'nothing here'}.`)
    }
  }

  if ('populate' in query && isPublic) return refuse('populate is not available to public readers; use select and depth.')

  if ('joins' in query) {
    const joins = query.joins
    if (joins !== 'false') {
      if (isPublic) return refuse('joins may only be false for public readers (joins=false).')
      if (!isRecord(joins)) return refuse('joins must be joins=false or joins[field][limit|sort|where]=….')
      for (const [field, join] of Object.entries(joins)) {
        if (join === 'false') continue
        if (!isRecord(join)) return refuse(`joins[${field}] must be false or an object.`)
        if ('limit' in join) {
          const limit = join.limit
          if (typeof limit !== 'string' || !/^\d{1,6}$/.test(limit) || Number(limit) < 1 || Number(limit) > limits.joinLimit) {
            return refuse(`joins[${field}][limit] must be a whole number from 1 to ${limits.joinLimit} (0 would list every document).`)
          }
        }
        if (join.where !== undefined) {
          const problem = checkWhere(join.where, { tier, entity: '', label: `joins[${field}][where]` })
          if (problem) return problem
        }
      }
    }
  }
  return null
}

interface Scope {
  tier: Tier
  entity: string
  label: string
  fields?: FieldKinds
}

function checkWhere(where: unknown, scope: Scope): Refusal | null {
  const limits = LIMITS[scope.tier]
  let conditions = 0
  const visit = (node: unknown, nesting: number, label: string): Refusal | null => {
    if (!isRecord(node)) return refuse(`${label} must be an object of fields and operators.`)
    for (const [key, value] of Object.entries(node)) {
      if (key === 'and' || key === 'or') {
        if (nesting + 1 > limits.nesting) return refuse(`${scope.label} nests and/or more than ${limits.nesting} levels deep.`)
        const branches = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : null
        if (!branches) return refuse(`${label}[${key}] must be a list of conditions.`)
        for (const [index, branch] of branches.entries()) {
          const problem = visit(branch, nesting + 1, `${label}[${key}][${index}]`)
          if (problem) return problem
        }
        continue
      }
      const pathProblem = checkPath(key, { ...scope, label: `${label}[${key}]` })
      if (pathProblem) return pathProblem
      if (!isRecord(value)) return refuse(`${label}[${key}] needs an operator, e.g. ${label}[${key}][equals]=….`)
      for (const [operator, operand] of Object.entries(value)) {
        if (!OPERATORS.has(operator))
          return refuse(`${label}[${key}][${operator}]: unknown operator; use one of ${[...OPERATORS].join(', ')}.`)
        conditions += 1
        if (conditions > limits.conditions) return refuse(`${scope.label} has more than ${limits.conditions} conditions.`)
        const problem = checkOperand(key, operator, operand, `${label}[${key}][${operator}]`, scope)
        if (problem) return problem
      }
    }
    return null
  }
  return visit(where, 0, scope.label)
}

function checkPath(path: string, scope: Scope): Refusal | null {
  const segments = path.split('.')
  if (segments.some((segment) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment))) return refuse(`${scope.label}: "${path}" is not a field name.`)
  if (segments.length - 1 > LIMITS[scope.tier].hops)
    return refuse(`${scope.label}: at most ${LIMITS[scope.tier].hops} relationship hop(s) per field path.`)
  if (scope.tier === 'public' && !isPublicQueryPath(scope.entity, path)) {
    const fields = PUBLIC_FIELDS[scope.entity]?.query ?? []
    return refuse(
      `${scope.label}: "${path}" cannot be filtered or sorted on by public readers${fields.length ? `; use ${fields.join(', ')}` : ''}.`,
    )
  }
  return null
}

/** Ids (and, for public readers, relationship fields, which hold ids) must fit PostgreSQL's integer. */
function checkOperand(path: string, operator: string, operand: unknown, label: string, scope: Scope): Refusal | null {
  const values = LIST_OPERATORS.has(operator)
    ? Array.isArray(operand)
      ? operand
      : typeof operand === 'string'
        ? operand.split(',')
        : [operand]
    : [operand]
  if (values.length > MAX_LIST_VALUES) return refuse(`${label} lists more than ${MAX_LIST_VALUES} values.`)
  if (values.some((value) => typeof value !== 'string' && !isRecord(value) && !Array.isArray(value)))
    return refuse(`${label} has no value.`)
  if (operator === 'exists') {
    return operand === 'true' || operand === 'false' ? null : refuse(`${label} must be true or false.`)
  }
  const kindProblem = checkKind(fieldKindAt(path, scope), operator, values, label)
  if (kindProblem) return kindProblem
  const last = path.split('.').at(-1)!
  const holdsIds = last === 'id' || (scope.tier === 'public' && PUBLIC_FIELDS[scope.entity]?.relations?.[path] !== undefined)
  if (
    holdsIds &&
    ['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'].includes(operator)
  ) {
    const bad = values.find((value) => typeof value !== 'string' || !/^\d{1,10}$/.test(value.trim()) || Number(value) > MAX_ID)
    if (bad !== undefined) return refuse(`${label} must be an id: a whole number from 0 to ${MAX_ID}.`)
  }
  return null
}

/** The field a path ends at (one relationship hop followed), if the guard knows it. */
function fieldKindAt(path: string, scope: Scope): FieldKind | undefined {
  const [head, ...rest] = path.split('.')
  const own = scope.fields?.[scope.entity]?.[head!]
  if (rest.length === 0) return own
  if (rest.length === 1 && own?.kind === 'relationship' && own.relationTo) return scope.fields?.[own.relationTo]?.[rest[0]!]
  return undefined
}

const COMPARISONS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'less_than',
  'less_than_equal',
  'greater_than',
  'greater_than_equal',
])
const PATTERNS = new Set(['like', 'not_like', 'contains'])

/**
 * An operator and value the field's column can take; anything else is a database error (an
 * invalid enum literal, a pattern on a number, a date that is no date), so it is refused here
 * with a message naming what the field takes.
 */
function checkKind(field: FieldKind | undefined, operator: string, values: unknown[], label: string): Refusal | null {
  if (!field || field.kind === 'text' || field.kind === 'other' || operator === 'exists') return null
  const strings = values.filter((value): value is string => typeof value === 'string')
  const onlyCompare = (what: string) =>
    refuse(`${label}: ${what} can be compared with equals, not_equals, in, not_in, less_than or greater_than, not ${operator}.`)
  switch (field.kind) {
    case 'choice': {
      // `contains` is how a field holding several choices is asked for one of them.
      if (!['equals', 'not_equals', 'in', 'not_in', 'all', 'contains'].includes(operator))
        return refuse(`${label}: a choice field is compared with equals, not_equals, in, not_in or contains.`)
      const choices = field.choices ?? []
      return strings.every((value) => choices.includes(value)) && strings.length === values.length
        ? null
        : refuse(`${label} must be one of: ${choices.join(', ')}.`)
    }
    case 'number': {
      // Payload compares `like` on a number as equals.
      if (!COMPARISONS.has(operator) && operator !== 'like') return onlyCompare('a number')
      return strings.length === values.length && strings.every((value) => /^-?\d{1,15}(\.\d+)?$/.test(value.trim()))
        ? null
        : refuse(`${label} must be a number.`)
    }
    case 'date': {
      if (!COMPARISONS.has(operator)) return onlyCompare('a date')
      return strings.length === values.length && strings.every((value) => value.trim() !== '' && !Number.isNaN(Date.parse(value)))
        ? null
        : refuse(`${label} must be a date, e.g. 2025-01-31.`)
    }
    case 'checkbox':
      return operator === 'equals' || operator === 'not_equals'
        ? strings.every((value) => value === 'true' || value === 'false')
          ? null
          : refuse(`${label} must be true or false.`)
        : refuse(`${label}: a yes/no field is compared with equals or not_equals.`)
    case 'id':
      // Payload compares `like` on an id as equals.
      if (!COMPARISONS.has(operator) && operator !== 'like') return onlyCompare('an id')
      return strings.length === values.length && strings.every((value) => /^\d{1,10}$/.test(value.trim()) && Number(value) <= MAX_ID)
        ? null
        : refuse(`${label} must be an id: a whole number from 0 to ${MAX_ID}.`)
    case 'relationship':
      if (!COMPARISONS.has(operator) && !PATTERNS.has(operator))
        return refuse(`${label}: a relationship is compared by id with equals, in or contains.`)
      if (operator === 'not_like') return refuse(`${label}: a relationship is compared by id with equals, in or contains.`)
      return strings.length === values.length && strings.every((value) => /^\d{1,10}$/.test(value.trim()) && Number(value) <= MAX_ID)
        ? null
        : refuse(`${label} must be an id: a whole number from 0 to ${MAX_ID}.`)
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
