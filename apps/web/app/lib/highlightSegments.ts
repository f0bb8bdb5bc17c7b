import type { MatchRange } from '../cms/types'

export interface TextSegment {
  text: string
  match: boolean
}

/**
 * A text cut into plain and matched pieces at the search's match ranges. Only offsets come from the
 * server, never markup: the pieces are rendered as React text, so whatever an article's title holds
 * stays text. Ranges out of order, overlapping or outside the text are ignored, not trusted.
 */
export function highlightSegments(text: string, ranges: readonly MatchRange[] | undefined): TextSegment[] {
  const segments: TextSegment[] = []
  let at = 0
  for (const [start, end] of ranges ?? []) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < at || end <= start || end > text.length) continue
    if (start > at) segments.push({ text: text.slice(at, start), match: false })
    segments.push({ text: text.slice(start, end), match: true })
    at = end
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false })
  return segments
}
