import type { GateFailure } from './gates'
import { lowerFirst } from './wording'

/**
 * One message for the CMS to throw when publishing is refused. Numbered inline rather
 * than on separate lines because admin toasts collapse newlines.
 * Returns '' when nothing failed, so callers can't show a refusal for a publishable article.
 */
export function formatGateRefusal(failures: readonly GateFailure[]): string {
  if (failures.length === 0) return ''
  if (failures.length === 1) return `This article can't be published yet: ${lowerFirst(failures[0]?.message ?? '')}`
  const numbered = failures.map((failure, index) => `(${index + 1}) ${failure.message}`)
  return `This article can't be published yet: ${numbered.join(' ')}`
}
