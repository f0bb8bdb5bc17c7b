import { type GlobalBeforeValidateHook, ValidationError } from 'payload'

import { CLINIC_PROFILE_FIELDS, PUBLISHING_CLINIC_PROFILE } from '../../../collections/ClinicProfile/publicFields'

/**
 * The clinic's details reach visitors only as a reviewed, published version of *Clinic profile*
 * (issue 14), which writes them here. A person (admin panel, REST, a key) changing them here is
 * refused, naming each field and where to change it. Scripts without a user (fixtures, a restore)
 * are trusted like the database itself.
 */
export const onlyReviewedClinicProfile: GlobalBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (req.context[PUBLISHING_CLINIC_PROFILE] || !req.user || !data) return data
  const before = (originalDoc ?? {}) as Record<string, unknown>
  const changed = CLINIC_PROFILE_FIELDS.filter((field) => field in data && comparable(data[field]) !== comparable(before[field]))
  if (changed.length === 0) return data
  throw new ValidationError(
    {
      global: 'site-settings',
      errors: changed.map((path) => ({
        path,
        message:
          "The clinic's details are reviewed: change them under Content → Clinic profile, where a medical reviewer approves the change and a publisher publishes it.",
      })),
      req,
    },
    req.t,
  )
}

/** The same value however the admin form or a client sends it (empty strings and nulls alike, keys in any order). */
function comparable(value: unknown): string {
  const normalise = (input: unknown): unknown => {
    if (input === null || input === undefined || input === '') return null
    if (typeof input !== 'object' || Array.isArray(input)) return input
    const entries = Object.entries(input as Record<string, unknown>)
      .filter(([key]) => key !== 'id')
      .map(([key, inner]) => [key, normalise(inner)] as const)
      .filter(([, inner]) => inner !== null)
      .sort(([a], [b]) => a.localeCompare(b))
    return entries.length === 0 ? null : Object.fromEntries(entries)
  }
  return JSON.stringify(normalise(value))
}
