import { type GlobalBeforeValidateHook, ValidationError } from 'payload'

import { scanText } from '@clinic/workflow'

import { PUBLISHING_CLINIC_PROFILE } from '../../../collections/ClinicProfile/publicFields'

/** The settings every page shows visitors, by field path. */
const PUBLIC_COPY = ['clinicName', 'tagline', 'callToAction.heading', 'callToAction.text', 'callToAction.buttonLabel'] as const

function valueAt(data: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data)
}

/**
 * The claims check reads the site settings' public copy too (issue 14): the call to action and the
 * clinic's tagline are on every page. Through the clinic profile the workflow judges it (a reviewer
 * may accept a finding with a justification); any other writer (a script) is refused here, naming
 * the field, the words and why.
 */
export const refuseRiskyClaims: GlobalBeforeValidateHook = ({ data, originalDoc, req }) => {
  // A reviewed publish was judged by the workflow, where a reviewer may have accepted a finding.
  if (req.context[PUBLISHING_CLINIC_PROFILE]) return data
  const merged = { ...(originalDoc as Record<string, unknown> | undefined), ...(data as Record<string, unknown> | undefined) }
  const errors = PUBLIC_COPY.flatMap((path) => {
    const value = valueAt(merged, path)
    if (typeof value !== 'string' || value.trim() === '') return []
    return scanText(value, 'excerpt').map((finding) => ({
      path,
      message: `“${finding.match}”: ${finding.why} ${finding.suggestion}`.trim(),
    }))
  })
  if (errors.length > 0) throw new ValidationError({ global: 'site-settings', errors, req }, req.t)
  return data
}
