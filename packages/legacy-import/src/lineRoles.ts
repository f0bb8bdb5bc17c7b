import { isCallToAction } from './callToAction'
import { CHROME_PHRASES, type ChromeKind } from './chromePhrases'
import { isCitationLine } from './citationLine'
import { DISCLAIMER_PHRASES, MIN_DISCLAIMER_PHRASES } from './disclaimerPhrases'
import { isHeadingLike } from './headings'
import type { SourceLine } from './lines'

export interface ChromeMatch {
  kind: ChromeKind
  label: string
  /** The line that starts the widget ("Request Information Packet"). */
  opener: boolean
}

/** What a single line is, before lines are grouped into pages. */
export type LineRole =
  { role: 'chrome'; chrome: ChromeMatch } | { role: 'disclaimer' } | { role: 'citation' } | { role: 'call-to-action' } | { role: 'content' }

export type RoledLine = SourceLine & LineRole

export function matchChrome(line: string): ChromeMatch | undefined {
  for (const phrases of CHROME_PHRASES) {
    if (line.length > phrases.maxLineLength) continue
    if (phrases.openers.some((pattern) => pattern.test(line))) return { kind: phrases.kind, label: phrases.label, opener: true }
    if (phrases.lines.some((pattern) => pattern.test(line))) return { kind: phrases.kind, label: phrases.label, opener: false }
  }
  return undefined
}

export function isDisclaimerLine(line: string): boolean {
  return DISCLAIMER_PHRASES.filter((phrase) => phrase.test(line)).length >= MIN_DISCLAIMER_PHRASES
}

function roleOf(text: string): LineRole {
  const chrome = matchChrome(text)
  if (chrome) return { role: 'chrome', chrome }
  if (isDisclaimerLine(text)) return { role: 'disclaimer' }
  if (isCitationLine(text)) return { role: 'citation' }
  // A call to action is a paragraph; a heading ("Contact Us") or a list lead-in ("Call us to ask about:") is not one.
  if (!isHeadingLike(text) && !text.endsWith(':') && isCallToAction(text)) return { role: 'call-to-action' }
  return { role: 'content' }
}

export function assignRoles(lines: readonly SourceLine[]): RoledLine[] {
  return lines.map((line) => ({ ...line, ...roleOf(line.text) }))
}
