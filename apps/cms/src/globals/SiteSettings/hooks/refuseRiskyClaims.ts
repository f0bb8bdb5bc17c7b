import { type GlobalBeforeValidateHook, ValidationError } from 'payload'

import { scanText } from '@clinic/workflow'

/** The settings every page shows visitors, by field path. */
const PUBLIC_COPY = ['clinicName', 'tagline', 'callToAction.heading', 'callToAction.text', 'callToAction.buttonLabel'] as const

function valueAt(data: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data)
}

/**
 * The claims check reads the site settings' public copy too (issue 14): the call to action and the
 * clinic's tagline are on every page, so "our FDA-approved cure" there is refused on save, naming
 * the field, the words and why. Settings have no medical reviewer to accept a finding with a
 * justification, so the words have to change.
 */
export const refuseRiskyClaims: GlobalBeforeValidateHook = ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc as Record<string, unknown> | undefined), ...(data as Record<string, unknown> | undefined) }
  const errors = PUBLIC_COPY.flatMap((path) => {
    const value = valueAt(merged, path)
    if (typeof value !== 'string' || value.trim() === '') return []
    return scanText(value, 'excerpt').map((finding) => ({ path, message: `“${finding.match}”: ${finding.why} ${finding.suggestion}`.trim() }))
  })
  if (errors.length > 0) throw new ValidationError({ global: 'site-settings', errors, req }, req.t)
  return data
}
