import { z } from 'zod'

/**
 * Environment variables as one table per app (name, the default as the README states it, what it
 * means, and a zod schema that parses the raw value), read in one place when the process starts.
 * A value that does not parse stops the start with the variable's name and the reason; the README's
 * configuration table is checked against these tables by each app's tests (`readmeVariables`).
 *
 * zod (4): the schemas at our boundaries were hand-written checks in a dozen places with two
 * different "positive integer" helpers; one library gives every boundary the same messages.
 */
export interface Variable<T> {
  name: string
  /** The README's "default" cell, word for word. */
  readmeDefault: string
  meaning: string
  /** Parses the raw value (undefined when unset or empty) into the setting. */
  schema: z.ZodType<T, string | undefined>
}

export function variable<T>(name: string, readmeDefault: string, meaning: string, schema: z.ZodType<T, string | undefined>): Variable<T> {
  return { name, readmeDefault, meaning, schema }
}

export type Settings<Table extends Record<string, Variable<unknown>>> = {
  [K in keyof Table]: Table[K] extends Variable<infer T> ? T : never
}

type Environment = Readonly<Record<string, string | undefined>>

function parseVariable<T>(entry: Variable<T>, environment: Environment): { ok: true; value: T } | { ok: false; problem: string } {
  const raw = environment[entry.name]
  const parsed = entry.schema.safeParse(raw === '' ? undefined : raw)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, problem: `${entry.name} ${parsed.error.issues[0]?.message ?? 'is not valid'} (got "${raw}").` }
}

/** Parses every variable of `table` from `environment`; all problems at once, each naming its variable. */
export function readEnvironment<Table extends Record<string, Variable<unknown>>>(table: Table, environment: Environment): Settings<Table> {
  const problems: string[] = []
  const settings: Record<string, unknown> = {}
  for (const [key, entry] of Object.entries(table)) {
    const result = parseVariable(entry, environment)
    if (result.ok) settings[key] = result.value
    else problems.push(result.problem)
  }
  if (problems.length > 0) throw new Error(`Configuration: ${problems.join(' ')}`)
  return settings as Settings<Table>
}

/**
 * Parses one variable of a table now. For settings read when they are used rather than at start (a
 * job's schedule, a test that sets its own window), with the same default and message as the table.
 */
export function readVariable<T>(entry: Variable<T>, environment: Environment): T {
  const result = parseVariable(entry, environment)
  if (!result.ok) throw new Error(`Configuration: ${result.problem}`)
  return result.value
}

// Schemas for the kinds of value our variables hold, each with a message that reads after the name.

/** A whole number in [min, max], else `fallback` when unset; `message` says what it must be otherwise. */
export function wholeNumber(fallback: number, min: number, max = Number.MAX_SAFE_INTEGER, message?: string) {
  return z
    .string()
    .optional()
    .transform((raw, context) => {
      if (raw === undefined) return fallback
      const value = Number(raw)
      if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
        context.addIssue({
          code: 'custom',
          message:
            message ??
            (max === Number.MAX_SAFE_INTEGER ? `must be a whole number ≥ ${min}` : `must be a whole number from ${min} to ${max}`),
        })
        return z.NEVER
      }
      return value
    })
}

/** An http(s):// address without a trailing slash, else `fallback`. */
export function httpUrl(fallback: string) {
  return z
    .string()
    .optional()
    .transform((raw, context) => {
      const value = (raw ?? fallback).trim().replace(/\/+$/, '')
      if (!/^https?:\/\/[^\s/]+/.test(value)) {
        context.addIssue({ code: 'custom', message: 'must be an http:// or https:// address' })
        return z.NEVER
      }
      return value
    })
}

/** An http(s):// address without a trailing slash, or undefined when unset (the app picks a fallback). */
export function optionalHttpUrl() {
  return z
    .string()
    .optional()
    .transform((raw, context) => {
      if (raw === undefined) return undefined
      const value = raw.trim().replace(/\/+$/, '')
      if (!/^https?:\/\/[^\s/]+/.test(value)) {
        context.addIssue({ code: 'custom', message: 'must be an http:// or https:// address' })
        return z.NEVER
      }
      return value
    })
}

/** "on" or "off", else `fallback`. */
export function onOff(fallback: boolean) {
  return z
    .enum(['on', 'off'], { error: 'must be "on" or "off"' })
    .optional()
    .transform((raw) => (raw === undefined ? fallback : raw === 'on'))
}

/** `true` or `false`, else `fallback`. */
export function trueFalse(fallback: boolean) {
  return z
    .enum(['true', 'false'], { error: 'must be "true" or "false"' })
    .optional()
    .transform((raw) => (raw === undefined ? fallback : raw === 'true'))
}

/** A cron expression of five fields, or six with seconds first, else `fallback`. */
export function cron(fallback: string) {
  return z
    .string()
    .optional()
    .transform((raw, context) => {
      const value = (raw ?? fallback).trim()
      const fields = value.split(/\s+/)
      if ((fields.length !== 5 && fields.length !== 6) || !fields.every((field) => /^[\d*/,\-A-Za-z?LW#]+$/.test(field))) {
        context.addIssue({ code: 'custom', message: 'must be a cron expression of five fields (or six, seconds first)' })
        return z.NEVER
      }
      return value
    })
}

/** Free text, else `fallback`. */
export function text<T extends string | undefined>(fallback: T) {
  return z
    .string()
    .optional()
    .transform((raw) => raw ?? fallback)
}

/** The README's configuration table rows for one app: name → default cell (names written `A` / `B` share a row). */
export function readmeVariables(readme: string, app: string): Map<string, string> {
  const rows = new Map<string, string>()
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim())
    if (cells.length < 5 || !cells[1]?.startsWith('`')) continue
    const [, names, usedBy, defaults] = cells
    if (!usedBy!.split(/[\s,]+/).includes(app)) continue
    for (const name of names!.split('/').map((part) => part.trim().replace(/`/g, ''))) rows.set(name, defaults!)
  }
  return rows
}
